package io.tillbridge.opayo.reporting;

import java.util.List;
import java.util.Map;

/**
 * A transaction's fraud screening as the Reporting API reports it ({@code getFraudScreenDetail}).
 * The vendor's provider decides the form: ReD or The 3rd Man (T3M). Every field Opayo sent is also
 * in {@code fields}, nested parts as their XML.
 */
public sealed interface FraudScreen permits FraudScreen.Red, FraudScreen.ThirdMan, FraudScreen.NotScreened {

    /**
     * Every field of the answer by lower-case name.
     *
     * @return the fields
     */
    Map<String, String> fields();

    /**
     * ReD's screening.
     *
     * @param recommendation  for example {@code ACCEPT}, {@code DENY}, {@code CHALLENGE}, {@code NOTCHECKED}
     * @param fraudId         ReD's id
     * @param fraudCode       ReD's code
     * @param fraudCodeDetail ReD's words
     * @param fields          every field of the answer by lower-case name
     */
    record Red(String recommendation, String fraudId, String fraudCode, String fraudCodeDetail, Map<String, String> fields)
            implements FraudScreen {
        /**
         * Copies the fields.
         *
         * @param recommendation  for example {@code ACCEPT}, {@code DENY}, {@code CHALLENGE}, {@code NOTCHECKED}
         * @param fraudId         ReD's id
         * @param fraudCode       ReD's code
         * @param fraudCodeDetail ReD's words
         * @param fields          every field of the answer by lower-case name
         */
        public Red {
            fields = Map.copyOf(fields);
        }
    }

    /**
     * The 3rd Man's screening.
     *
     * @param t3mId     its id
     * @param score     the total score
     * @param action    for example {@code OK}, {@code HOLD}, {@code REJECT}, {@code NORESULT}
     * @param rules     the rules that fired
     * @param fields    every field of the answer by lower-case name
     */
    record ThirdMan(String t3mId, String score, String action, List<Rule> rules, Map<String, String> fields)
            implements FraudScreen {
        /**
         * Copies the rules and the fields.
         *
         * @param t3mId     its id
         * @param score     the total score
         * @param action    for example {@code OK}, {@code HOLD}, {@code REJECT}, {@code NORESULT}
         * @param rules     the rules that fired
         * @param fields    every field of the answer by lower-case name
         */
        public ThirdMan {
            rules = List.copyOf(rules);
            fields = Map.copyOf(fields);
        }
    }

    /** One T3M rule that fired: its description and score. */
    record Rule(String description, String score) {
    }

    /**
     * The answer named no known provider's result, for example when screening is not enabled.
     *
     * @param providerName the provider the answer named, if any
     * @param fields       every field of the answer by lower-case name
     */
    record NotScreened(String providerName, Map<String, String> fields) implements FraudScreen {
        /**
         * Copies the fields.
         *
         * @param providerName the provider the answer named, if any
         * @param fields       every field of the answer by lower-case name
         */
        public NotScreened {
            fields = Map.copyOf(fields);
        }
    }
}
