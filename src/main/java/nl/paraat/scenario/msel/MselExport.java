package nl.paraat.scenario.msel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Objective;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.scenario.ScenarioWriter;
import nl.paraat.scenario.Trigger;
import nl.paraat.world.WorldCatalog;

/**
 * A scenario's injects as an MSEL sheet: one row per inject, the columns of {@link MselColumn#layout}.
 * Structured values (a trigger that is not a time, expected actions, attachments, world effects) are
 * written as compact JSON in the file format, so an import reads exactly what was exported.
 */
public final class MselExport {
    private final Scenario scenario;
    private final MselLanguage language;
    private final WorldCatalog catalog;
    private final ScenarioWriter writer;
    private final RoleNames roles;

    public MselExport(Scenario scenario, MselLanguage language, WorldCatalog catalog) {
        this.scenario = scenario;
        this.language = language;
        this.catalog = catalog;
        this.writer = new ScenarioWriter(scenario.time());
        this.roles = new RoleNames(scenario.roles());
    }

    /** The MSEL sheet. */
    public Sheet sheet() {
        List<MselColumn> layout = MselColumn.layout(language);
        List<String> header = layout.stream().map(c -> c.header(language)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Inject i : scenario.injects()) {
            Map<MselColumn, String> cells = cells(i);
            rows.add(layout.stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        return Sheet.of(header, rows);
    }

    /** How an .xlsx file looks: column widths, and the roles and objectives on sheets of their own. */
    public XlsxSheet.Layout layout() {
        List<Integer> widths = MselColumn.layout(language).stream().map(MselColumn::width).toList();
        boolean nl = language == MselLanguage.NL;
        List<List<String>> roleRows = new ArrayList<>();
        for (ScenarioRole r : scenario.roles()) {
            roleRows.add(List.of(r.id(), r.type(), r.region() == null ? "" : r.region(), r.name().nl(), r.name().en()));
        }
        Sheet roleSheet = Sheet.of(nl ? List.of("Rol-id", "Roltype", "Regio", "Naam (NL)", "Naam (EN)")
            : List.of("Role id", "Role type", "Region", "Name (NL)", "Name (EN)"), roleRows);
        List<List<String>> objRows = new ArrayList<>();
        for (Objective o : scenario.objectives()) {
            objRows.add(List.of(o.id(), o.blr(), o.pillar(), o.text().nl(), o.text().en(),
                MselText.pick(o.coreCapability(), language)));
        }
        Sheet objSheet = Sheet.of(nl ? List.of("Id", "BLR", "Pijler", "Doelstelling (NL)", "Doelstelling (EN)", "Kerncapaciteit")
            : List.of("Id", "BLR", "Pillar", "Objective (NL)", "Objective (EN)", "Core capability"), objRows);
        return new XlsxSheet.Layout(widths, List.of(
            new XlsxSheet.NamedSheet(nl ? "Rollen" : "Roles", roleSheet, List.of(24, 20, 24, 36, 36)),
            new XlsxSheet.NamedSheet(nl ? "Doelstellingen" : "Objectives", objSheet, List.of(10, 8, 8, 50, 50, 30))));
    }

    private Map<MselColumn, String> cells(Inject i) {
        ObjectNode node = writer.inject(i);
        Map<MselColumn, String> c = new EnumMap<>(MselColumn.class);
        c.put(MselColumn.NUMBER, i.id());
        if (i.trigger() instanceof Trigger.At at) {
            c.put(MselColumn.SCENARIO_TIME, scenario.time().format(at.time()));
        } else {
            c.put(MselColumn.TRIGGER, ScenarioWriter.compact(node.get("trigger")));
        }
        c.put(MselColumn.TITLE_NL, i.title().nl());
        c.put(MselColumn.TITLE_EN, i.title().en());
        c.put(MselColumn.TEXT_NL, i.text().nl());
        c.put(MselColumn.TEXT_EN, i.text().en());
        c.put(MselColumn.SENDER_NL, i.sender().name().nl());
        c.put(MselColumn.SENDER_EN, i.sender().name().en());
        c.put(MselColumn.SENDER_ORG_NL, i.sender().organisation().nl());
        c.put(MselColumn.SENDER_ORG_EN, i.sender().organisation().en());
        c.put(MselColumn.RECIPIENTS, String.join("; ", i.recipients().stream().map(r -> roles.written(r, language)).toList()));
        c.put(MselColumn.CHANNEL, MselText.pick(i.channel().label(), language));
        c.put(MselColumn.TYPE, MselText.pick(i.type().label(), language));
        c.put(MselColumn.CONTROLLER, nullToEmpty(i.controller()));
        c.put(MselColumn.EXPECTED_SUMMARY, MselText.expectedActions(node.get("expectedActions"), language, roles, catalog));
        c.put(MselColumn.OBJECTIVE, nullToEmpty(i.objective()));
        c.put(MselColumn.NOTES, nullToEmpty(i.notes()));
        c.put(MselColumn.PHASE, nullToEmpty(i.phase()));
        c.put(MselColumn.PILLARS, String.join(", ", i.pillars()));
        c.put(MselColumn.ELEMENTS, String.join(", ", i.elements()));
        c.put(MselColumn.BLR, i.objective() == null ? "" : scenario.objective(i.objective()).map(Objective::blr).orElse(""));
        c.put(MselColumn.EXPECTED_ACTIONS, json(node.get("expectedActions")));
        c.put(MselColumn.ATTACHMENTS, json(node.get("attachments")));
        c.put(MselColumn.EFFECTS, json(node.get("effects")));
        return c;
    }

    private static String json(JsonNode n) {
        return n == null ? "" : ScenarioWriter.compact(n);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
