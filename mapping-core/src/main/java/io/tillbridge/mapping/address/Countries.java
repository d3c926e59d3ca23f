package io.tillbridge.mapping.address;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves how people and systems write a country — alpha-2, alpha-3, English name, common
 * aliases — to ISO 3166-1 alpha-2. Built from the JDK's ISO tables plus the aliases that show up in
 * real order data ("UK", "USA", Greece's EU code "EL").
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = build();

    private Countries() {
    }

    /**
     * The alpha-2 code for a code or name, or empty when it is not recognised.
     *
     * @param codeOrName an alpha-2 or alpha-3 code or an English country name, in any case; may be null
     * @return the alpha-2 code, or empty
     */
    public static Optional<String> toAlpha2(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        // Most inputs are codes or plain names, whose key is just the upper-cased text: skip the normalising.
        String direct = BY_KEY.get(codeOrName.trim().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(direct != null ? direct : BY_KEY.get(key(codeOrName)));
    }

    /**
     * The English short name of an alpha-2 code, for targets that want a name.
     *
     * @param alpha2 an ISO 3166-1 alpha-2 code
     * @return the English short name
     */
    public static String englishName(String alpha2) {
        return new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            map.put(key(alpha2), alpha2);
            map.put(key(locale.getISO3Country()), alpha2);
            map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), alpha2);
        }
        String[][] aliases = {
            {"UK", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"},
            {"Wales", "GB"}, {"Northern Ireland", "GB"}, {"United Kingdom of Great Britain and Northern Ireland", "GB"},
            {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"United States of America", "US"}, {"America", "US"},
            {"EL", "GR"}, {"Eire", "IE"}, {"Republic of Ireland", "IE"}, {"Holland", "NL"},
            {"The Netherlands", "NL"}, {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"South Korea", "KR"},
            {"Korea", "KR"}, {"Russia", "RU"}, {"Vietnam", "VN"}, {"Ivory Coast", "CI"}, {"Turkey", "TR"},
            {"Turkiye", "TR"}, {"UAE", "AE"}, {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Taiwan", "TW"},
            {"Swaziland", "SZ"}, {"Macedonia", "MK"}, {"Burma", "MM"}, {"Cape Verde", "CV"},
        };
        for (String[] alias : aliases) {
            map.put(key(alias[0]), alias[1]);
        }
        return Map.copyOf(map);
    }

    /** Case, accents, punctuation and "&"/"and" differences do not change which country is meant. */
    private static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toUpperCase(Locale.ROOT)
                .replace("&", " AND ")
                .replaceAll("[^A-Z0-9]+", " ")
                .trim();
    }
}
