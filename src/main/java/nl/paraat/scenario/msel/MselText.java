package nl.paraat.scenario.msel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;

/**
 * The read-only summary columns of a sheet, made from the inject's data: the expected player actions in
 * words. An import compares a summary cell with this text to see whether someone edited it.
 */
final class MselText {
    private MselText() {
    }

    /**
     * One line per expected action: {@code role: decision or manual action (deadline ...)}.
     *
     * @param actions the {@code expectedActions} array of the file format (may be null)
     */
    static String expectedActions(JsonNode actions, MselLanguage l, RoleNames roles, WorldCatalog catalog) {
        if (actions == null || !actions.isArray()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode a : actions) {
            String role = roles.written(a.path("role").asText(""), l);
            String what;
            if (a.has("manual")) {
                what = a.path("manual").path(l.code()).asText("");
            } else {
                String type = a.path("decision").asText("");
                what = catalog.decisionType(type).map(d -> pick(d.name(), l)).orElse(type);
                if (a.has("match") && a.get("match").size() > 0) {
                    what += " " + a.get("match").toString();
                }
            }
            lines.add(role + ": " + what + " (deadline " + a.path("deadline").asText("") + ")");
        }
        return String.join("\n", lines);
    }

    static String pick(Text t, MselLanguage l) {
        return l == MselLanguage.NL ? t.nl() : t.en();
    }
}
