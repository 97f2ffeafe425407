package nl.paraat.scenario.msel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.paraat.scenario.ScenarioRole;

/**
 * Role instances as a facilitator writes them in the "To" column: by id, or by the role's Dutch or
 * English name (without regard to case or extra spaces). An id wins over a name.
 */
final class RoleNames {
    private final List<ScenarioRole> roles;

    RoleNames(List<ScenarioRole> roles) {
        this.roles = List.copyOf(roles);
    }

    /** What an import finds for one written name. */
    record Match(String roleId, String problem) {
    }

    /** The role a written id or name stands for. */
    Match resolve(String written) {
        String w = key(written);
        for (ScenarioRole r : roles) {
            if (key(r.id()).equals(w)) {
                return new Match(r.id(), null);
            }
        }
        List<String> byName = new ArrayList<>();
        for (ScenarioRole r : roles) {
            if (key(r.name().nl()).equals(w) || key(r.name().en()).equals(w)) {
                byName.add(r.id());
            }
        }
        if (byName.size() == 1) {
            return new Match(byName.get(0), null);
        }
        if (byName.size() > 1) {
            return new Match(null, "\"" + written.strip() + "\" is the name of several roles (" + String.join(", ", byName)
                + "); write the role id instead");
        }
        return new Match(null, null);
    }

    /**
     * The role ids in a cell: items separated by line breaks or {@code ;}; an item that is no role is tried
     * again split at commas.
     *
     * @param problems receives one message per unknown or ambiguous name
     */
    List<String> resolveAll(String cell, List<String> problems) {
        List<String> ids = new ArrayList<>();
        for (String item : cell.split("[\\r\\n;]+")) {
            if (item.isBlank()) {
                continue;
            }
            Match m = resolve(item);
            if (m.roleId() != null) {
                ids.add(m.roleId());
                continue;
            }
            if (m.problem() != null) {
                problems.add(m.problem());
                continue;
            }
            for (String part : item.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Match p = resolve(part);
                if (p.roleId() != null) {
                    ids.add(p.roleId());
                } else {
                    problems.add(p.problem() != null ? p.problem() : "unknown role \"" + part.strip()
                        + "\"; write a role id or name of the scenario: " + known());
                }
            }
        }
        return ids;
    }

    /** How the export writes a role: its name in the language when that reads back as this role, else its id. */
    String written(String roleId, MselLanguage language) {
        for (ScenarioRole r : roles) {
            if (r.id().equals(roleId)) {
                String name = language == MselLanguage.NL ? r.name().nl() : r.name().en();
                if (!name.isBlank() && name.equals(name.strip()) && !name.contains(";") && !name.contains(",")
                    && !name.contains("\n") && roleId.equals(resolve(name).roleId())) {
                    return name;
                }
                return roleId;
            }
        }
        return roleId;
    }

    private String known() {
        return String.join(", ", roles.stream().map(ScenarioRole::id).toList());
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
