package io.tillbridge.mapping.address;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** US states, DC, territories and military codes: the ISO 3166-2:US subdivision codes Opayo expects. */
final class UsStates {

    private static final Map<String, String> BY_KEY = build();

    private UsStates() {
    }

    static Optional<String> toCode(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrName.replaceAll("[.\\s]+", " ").trim().toUpperCase(Locale.ROOT);
        if (key.startsWith("US-")) {
            key = key.substring(3);
        }
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static Map<String, String> build() {
        String[][] states = {
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
            {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
            {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
            {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
            {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
            {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
            {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
            {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
            {"AS", "American Samoa"}, {"GU", "Guam"}, {"MP", "Northern Mariana Islands"}, {"PR", "Puerto Rico"},
            {"VI", "U S Virgin Islands"}, {"UM", "United States Minor Outlying Islands"},
            {"AA", "Armed Forces Americas"}, {"AE", "Armed Forces Europe"}, {"AP", "Armed Forces Pacific"},
        };
        Map<String, String> map = new HashMap<>();
        for (String[] state : states) {
            map.put(state[0], state[0]);
            map.put(state[1].toUpperCase(Locale.ROOT), state[0]);
        }
        map.put("WASHINGTON DC", "DC");
        map.put("WASHINGTON D C", "DC");
        return Map.copyOf(map);
    }
}
