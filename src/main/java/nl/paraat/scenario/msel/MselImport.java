package nl.paraat.scenario.msel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.paraat.scenario.Channel;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.InjectType;
import nl.paraat.scenario.Objective;
import nl.paraat.scenario.Phase;
import nl.paraat.scenario.Problem;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.scenario.ScenarioWriter;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;

/**
 * Reads an MSEL sheet into a scenario: the base scenario supplies metadata, phases, roles, objectives and
 * world set-up; the sheet's rows become its injects, in row order.
 *
 * <p>Columns are found by their Dutch or English name in any order ({@link MselColumn}). A column the
 * sheet does not have keeps the value of the base scenario's inject with the same id, so a facilitator may
 * delete columns they do not need. Columns the import does not know, the live columns (delivery time,
 * status) and edited summary columns are kept in the inject's notes as {@code column: value} lines.
 *
 * <p>Every row is checked and every problem reported as {@code FILE:row 12, column "Trigger": message};
 * then the whole scenario goes through the scenario validation, whose problems are reported against the
 * sheet's rows and columns where they concern an inject.
 */
public final class MselImport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern MISSING_FIELD = Pattern.compile("missing field \"(\\w+)\"");
    private static final Pattern INJECT_PATH = Pattern.compile("^\\$\\.injects\\[(\\d+)](.*)$");

    private final Scenario base;
    private final WorldCatalog catalog;
    private final ScenarioLoader loader;
    private final ScenarioWriter writer;
    private final RoleNames roles;
    private final Map<String, ObjectNode> baseInjects = new HashMap<>();

    public MselImport(Scenario base, WorldCatalog catalog, ScenarioLoader loader) {
        this.base = Objects.requireNonNull(base, "base");
        this.catalog = catalog;
        this.loader = loader;
        this.writer = new ScenarioWriter(base.time());
        this.roles = new RoleNames(base.roles());
        for (Inject i : base.injects()) {
            baseInjects.put(i.id(), writer.inject(i));
        }
    }

    /**
     * What an import gives: the new scenario (and its file text), or the errors that stopped it.
     *
     * @param scenario  the new scenario, or null when there are errors
     * @param text      the new scenario file's text, or null when there are errors
     * @param errors    every problem, each naming file, row and column where it can
     * @param warnings  things kept as notes, or repaired, that a facilitator should know about
     */
    public record Result(Scenario scenario, String text, List<String> errors, List<String> warnings) {
        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads a sheet.
     *
     * @param source  the sheet's file name, for messages
     * @param outName the new scenario's file name, for problems that concern no row
     */
    public Result read(Sheet sheet, String source, String outName) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Columns columns = Columns.of(sheet.header(), source, errors);
        if (!errors.isEmpty()) {
            return new Result(null, null, errors, warnings);
        }
        ArrayNode injects = F.arrayNode();
        List<RowRead> reads = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            if (row.blank()) {
                continue;
            }
            RowRead r = new RowRead(row, source, columns);
            readRow(r);
            reads.add(r);
            injects.add(r.inject);
        }
        if (reads.isEmpty()) {
            errors.add(source + ": the sheet has no inject rows under the header");
            return new Result(null, null, errors, warnings);
        }
        ObjectNode tree = writer.scenario(base);
        tree.set("injects", injects);
        ScenarioLoad load = loader.parse(outName, tree.toString());
        List<String> elsewhere = new ArrayList<>();
        for (Problem p : load.problems()) {
            Matcher m = INJECT_PATH.matcher(p.path() == null ? "" : p.path());
            if (m.matches() && Integer.parseInt(m.group(1)) < reads.size()) {
                reads.get(Integer.parseInt(m.group(1))).validationProblem(p.message(), m.group(2));
            } else {
                elsewhere.add(outName + ": " + p.message() + (p.path() == null || p.path().isEmpty() ? "" : " (at " + p.path() + ")"));
            }
        }
        for (RowRead r : reads) {
            errors.addAll(r.errors);
            warnings.addAll(r.warnings);
        }
        errors.addAll(elsewhere);
        if (!errors.isEmpty() || !load.ok()) {
            if (errors.isEmpty()) {
                errors.add(outName + ": the imported scenario does not validate");
            }
            return new Result(null, null, errors, warnings);
        }
        return new Result(load.scenario(), ScenarioWriter.toText(load.scenario()), errors, warnings);
    }

    /** For a problem inside a JSON cell, where in the cell's value it is. */
    private static String subPath(MselColumn column, String path) {
        String field = switch (column) {
            case EXPECTED_ACTIONS -> ".expectedActions";
            case ATTACHMENTS -> ".attachments";
            case EFFECTS -> ".effects";
            case TRIGGER -> ".trigger";
            default -> null;
        };
        if (field == null || !path.startsWith(field) || path.length() == field.length()) {
            return "";
        }
        return " (at " + path.substring(field.length()) + ")";
    }

    // ------------------------------------------------------------------------------------------------
    // one row

    private void readRow(RowRead r) {
        String id = r.cell(MselColumn.NUMBER).strip();
        if (id.isEmpty()) {
            r.error(MselColumn.NUMBER, "empty: every inject needs an id (e.g. I01)");
            id = "row-" + r.row.number();
        }
        ObjectNode baseNode = baseInjects.get(id);
        ObjectNode o = F.objectNode();
        o.put("id", id);
        if (baseNode != null) {
            for (Map.Entry<String, JsonNode> e : baseNode.properties()) {
                if (!e.getKey().equals("id")) {
                    o.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
        r.inject = o;
        r.base = baseNode;
        texts(r, o);
        trigger(r, o);
        if (r.has(MselColumn.RECIPIENTS)) {
            List<String> problems = new ArrayList<>();
            List<String> ids = roles.resolveAll(r.cell(MselColumn.RECIPIENTS), problems);
            problems.forEach(p -> r.error(MselColumn.RECIPIENTS, p));
            if (ids.isEmpty() && problems.isEmpty()) {
                r.error(MselColumn.RECIPIENTS, "empty: name at least one role (its id or name) the inject goes to");
            }
            ArrayNode a = o.putArray("recipients");
            ids.forEach(a::add);
        }
        choice(r, o, MselColumn.CHANNEL, "channel", "channel", Channel.values(), Channel::id, Channel::label);
        choice(r, o, MselColumn.TYPE, "type", "inject type", InjectType.values(), InjectType::id, InjectType::label);
        optionalText(r, o, MselColumn.CONTROLLER, "controller");
        objective(r, o);
        phase(r, o);
        codes(r, o, MselColumn.PILLARS, "pillars");
        codes(r, o, MselColumn.ELEMENTS, "elements");
        jsonList(r, o, MselColumn.EXPECTED_ACTIONS, "expectedActions");
        jsonList(r, o, MselColumn.ATTACHMENTS, "attachments");
        jsonList(r, o, MselColumn.EFFECTS, "effects");
        notes(r, o);
    }

    private void texts(RowRead r, ObjectNode o) {
        for (MselLanguage l : MselLanguage.values()) {
            String lang = l == MselLanguage.NL ? "Dutch" : "English";
            requiredText(r, o, MselColumn.title(l), "title", null, l, "every inject needs a title in " + lang);
            requiredText(r, o, MselColumn.text(l), "text", null, l, "every inject needs a text in " + lang);
            requiredText(r, o, MselColumn.sender(l), "sender", "name", l, "every inject needs a sender in " + lang);
            requiredText(r, o, MselColumn.senderOrganisation(l), "sender", "organisation", l,
                "every inject needs the sender's organisation in " + lang);
        }
    }

    private static void requiredText(RowRead r, ObjectNode o, MselColumn column, String field, String sub,
                                     MselLanguage l, String why) {
        if (!r.has(column)) {
            return;
        }
        String v = r.cell(column);
        if (v.isBlank()) {
            r.error(column, "empty: " + why);
            return;
        }
        ObjectNode holder = object(o, field);
        if (sub != null) {
            holder = object(holder, sub);
        }
        holder.put(l.code(), v);
    }

    private void trigger(RowRead r, ObjectNode o) {
        boolean hasTime = r.has(MselColumn.SCENARIO_TIME);
        boolean hasTrigger = r.has(MselColumn.TRIGGER);
        if (!hasTime && !hasTrigger) {
            return;
        }
        String time = hasTime ? normaliseTime(r.cell(MselColumn.SCENARIO_TIME)) : "";
        String trig = hasTrigger ? r.cell(MselColumn.TRIGGER).strip() : "";
        if (!trig.isEmpty()) {
            JsonNode t = json(r, MselColumn.TRIGGER, trig);
            if (t == null) {
                return;
            }
            if (!t.isObject()) {
                r.error(MselColumn.TRIGGER, "expected a JSON object such as {\"afterInject\":\"I03\",\"delay\":\"30m\"}");
                return;
            }
            if (t.has("at") && !time.isEmpty() && !normaliseTime(t.get("at").asText()).equals(time)) {
                r.error(MselColumn.TRIGGER, "gives the time " + t.get("at").asText() + " but column \""
                    + r.columns.header(MselColumn.SCENARIO_TIME) + "\" says " + time + "; fill in only one of them");
                return;
            }
            o.set("trigger", t);
            r.triggerColumn = MselColumn.TRIGGER;
            return;
        }
        if (!time.isEmpty()) {
            try {
                ScenarioTime.parseFromD(time);
            } catch (IllegalArgumentException e) {
                r.error(MselColumn.SCENARIO_TIME, e.getMessage());
                return;
            }
            ObjectNode t = F.objectNode();
            t.put("at", time);
            o.set("trigger", t);
            r.triggerColumn = MselColumn.SCENARIO_TIME;
            return;
        }
        JsonNode kept = r.base == null ? null : r.base.get("trigger");
        boolean keptIsTime = kept != null && kept.has("at");
        if (kept != null && (keptIsTime ? !hasTime : !hasTrigger)) {
            return; // the column that holds it was left out of the sheet: keep the base inject's trigger
        }
        MselColumn c = hasTime ? MselColumn.SCENARIO_TIME : MselColumn.TRIGGER;
        r.error(c, "empty: give a scenario time such as D+1 08:00" + (hasTrigger ? " or a trigger in column \""
            + r.columns.header(MselColumn.TRIGGER) + "\"" : ""));
    }

    private static String normaliseTime(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.startsWith("d") ? "D" + t.substring(1) : t;
    }

    private void objective(RowRead r, ObjectNode o) {
        if (!r.has(MselColumn.OBJECTIVE)) {
            return;
        }
        String v = r.cell(MselColumn.OBJECTIVE).strip();
        if (v.isEmpty()) {
            o.remove("objective");
        } else {
            String id = v;
            for (Objective ob : base.objectives()) {
                if (ob.id().equalsIgnoreCase(v) || textMatches(v, ob.text())) {
                    id = ob.id();
                }
            }
            o.put("objective", id);
        }
        if (r.has(MselColumn.BLR)) {
            String cell = r.cell(MselColumn.BLR).strip();
            String expected = o.has("objective")
                ? base.objective(o.get("objective").asText()).map(Objective::blr).orElse("") : "";
            if (!cell.isEmpty() && !cell.equalsIgnoreCase(expected)) {
                r.keepInNotes(MselColumn.BLR, cell, "the BLR follows from the objective (" + (expected.isEmpty() ? "none" : expected)
                    + "); the written value is kept in the notes");
            }
        }
    }

    private void phase(RowRead r, ObjectNode o) {
        if (!r.has(MselColumn.PHASE)) {
            return;
        }
        String v = r.cell(MselColumn.PHASE).strip();
        if (v.isEmpty()) {
            o.remove("phase");
            return;
        }
        String id = v;
        for (Phase p : base.phases()) {
            if (p.id().equalsIgnoreCase(v) || textMatches(v, p.name())) {
                id = p.id();
            }
        }
        o.put("phase", id);
    }

    private static void codes(RowRead r, ObjectNode o, MselColumn column, String field) {
        if (!r.has(column)) {
            return;
        }
        String v = r.cell(column).strip();
        if (v.isEmpty()) {
            o.remove(field);
            return;
        }
        ArrayNode a = o.putArray(field);
        for (String code : v.split("[,;\\s]+")) {
            if (!code.isEmpty()) {
                a.add(code.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** A cell that names one value of a fixed list (by id, or by its Dutch or English label). */
    private static <E> void choice(RowRead r, ObjectNode o, MselColumn column, String field, String what, E[] values,
                                   Function<E, String> id, Function<E, Text> label) {
        if (!r.has(column)) {
            return;
        }
        String written = r.cell(column).strip();
        String found = null;
        for (E v : values) {
            if (matches(written, id.apply(v), label.apply(v))) {
                found = id.apply(v);
            }
        }
        if (found == null) {
            r.error(column, (written.isEmpty() ? "empty" : "unknown " + what + " \"" + written + "\"") + "; write one of: "
                + String.join(", ", Arrays.stream(values).map(v -> MselText.pick(label.apply(v), r.columns.language)).toList()));
        } else {
            o.put(field, found);
        }
    }

    private static void optionalText(RowRead r, ObjectNode o, MselColumn column, String field) {
        if (!r.has(column)) {
            return;
        }
        String v = r.cell(column);
        if (v.isBlank()) {
            o.remove(field);
        } else {
            o.put(field, v);
        }
    }

    private static void jsonList(RowRead r, ObjectNode o, MselColumn column, String field) {
        if (!r.has(column)) {
            return;
        }
        String v = r.cell(column).strip();
        if (v.isEmpty()) {
            o.remove(field);
            return;
        }
        JsonNode n = json(r, column, v);
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            r.error(column, "expected a JSON list [ {...}, ... ]");
            return;
        }
        o.set(field, n);
    }

    private void notes(RowRead r, ObjectNode o) {
        if (r.has(MselColumn.EXPECTED_SUMMARY)) {
            String cell = lines(r.cell(MselColumn.EXPECTED_SUMMARY));
            String made = lines(MselText.expectedActions(o.get("expectedActions"), r.columns.language, roles, catalog));
            if (!cell.isEmpty() && !cell.equals(made)) {
                r.keepInNotes(MselColumn.EXPECTED_SUMMARY, r.cell(MselColumn.EXPECTED_SUMMARY).strip(),
                    "this column is a summary of column \"" + r.columns.header(MselColumn.EXPECTED_ACTIONS)
                        + "\", which decides; the edited text is kept in the notes");
            }
        }
        for (MselColumn live : List.of(MselColumn.DELIVERY_TIME, MselColumn.STATUS)) {
            if (r.has(live) && !r.cell(live).isBlank()) {
                r.kept.add(r.columns.header(live) + ": " + r.cell(live).strip());
            }
        }
        for (int c = 0; c < r.row.cells().size(); c++) {
            if (r.columns.byIndex(c) == null && !r.row.cell(c).isBlank()) {
                r.kept.add(r.columns.name(c) + ": " + r.row.cell(c).strip());
            }
        }
        String notes = r.has(MselColumn.NOTES) ? r.cell(MselColumn.NOTES) : o.path("notes").asText("");
        List<String> parts = new ArrayList<>();
        if (!notes.isBlank()) {
            parts.add(notes);
        }
        parts.addAll(r.kept);
        if (parts.isEmpty()) {
            o.remove("notes");
        } else {
            o.put("notes", String.join("\n", parts));
        }
    }

    private static String lines(String s) {
        return s.replace("\r\n", "\n").strip();
    }

    private static JsonNode json(RowRead r, MselColumn column, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String straight = text.replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'');
            if (!straight.equals(text)) {
                try {
                    JsonNode n = JSON.readTree(straight);
                    r.warnings.add(r.where(column) + "curly quotes (as Excel's AutoCorrect types them) read as straight quotes");
                    return n;
                } catch (JsonProcessingException ignored) {
                    // report the first error
                }
            }
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            msg = nl > 0 ? msg.substring(0, nl) : msg;
            r.error(column, "not valid JSON at character " + e.getLocation().getColumnNr() + ": " + msg);
            return null;
        }
    }

    private static boolean matches(String written, String id, Text label) {
        return written.equalsIgnoreCase(id) || textMatches(written, label);
    }

    private static boolean textMatches(String written, Text t) {
        return written.equalsIgnoreCase(t.nl().strip()) || written.equalsIgnoreCase(t.en().strip());
    }

    private static ObjectNode object(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n instanceof ObjectNode on) {
            return on;
        }
        return o.putObject(field);
    }

    // ------------------------------------------------------------------------------------------------

    /** The sheet's columns: which known column each header is, and where each known column is. */
    static final class Columns {
        final List<String> header;
        final MselColumn[] byIndex;
        final Map<MselColumn, Integer> index = new EnumMap<>(MselColumn.class);
        final MselLanguage language;

        private Columns(List<String> header, MselColumn[] byIndex, MselLanguage language) {
            this.header = header;
            this.byIndex = byIndex;
            this.language = language;
            for (int i = 0; i < byIndex.length; i++) {
                if (byIndex[i] != null) {
                    index.put(byIndex[i], i);
                }
            }
        }

        static Columns of(List<String> header, String source, List<String> errors) {
            MselColumn[] byIndex = new MselColumn[header.size()];
            Map<MselColumn, Integer> first = new EnumMap<>(MselColumn.class);
            int nl = 0;
            int en = 0;
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (h.isBlank()) {
                    continue;
                }
                MselColumn c = MselColumn.byHeader(h);
                if (c == null) {
                    continue;
                }
                if (first.containsKey(c)) {
                    errors.add(source + ":row 1, column \"" + h.strip() + "\": the column appears twice (also column "
                        + letters(first.get(c)) + ", \"" + header.get(first.get(c)).strip() + "\"); keep one");
                    continue;
                }
                first.put(c, i);
                byIndex[i] = c;
                nl += h.strip().equalsIgnoreCase(c.header(MselLanguage.NL)) ? 1 : 0;
                en += h.strip().equalsIgnoreCase(c.header(MselLanguage.EN)) ? 1 : 0;
            }
            if (!first.containsKey(MselColumn.NUMBER)) {
                errors.add(source + ":row 1: no column with the inject number; name one \""
                    + MselColumn.NUMBER.header(MselLanguage.NL) + "\" or \"" + MselColumn.NUMBER.header(MselLanguage.EN) + "\"");
            }
            return new Columns(header, byIndex, en > nl ? MselLanguage.EN : MselLanguage.NL);
        }

        MselColumn byIndex(int i) {
            return i < byIndex.length ? byIndex[i] : null;
        }

        /** The name of column i as the sheet has it (or its letter when it has none). */
        String name(int i) {
            String h = i < header.size() ? header.get(i).strip() : "";
            return h.isEmpty() ? (language == MselLanguage.NL ? "kolom " : "column ") + letters(i) : h;
        }

        /** The sheet's name for a known column, or its standard name in the sheet's language. */
        String header(MselColumn c) {
            Integer i = index.get(c);
            return i == null ? c.header(language) : header.get(i).strip();
        }

        /** Excel's column letters: 0 = A, 26 = AA. */
        static String letters(int i) {
            StringBuilder sb = new StringBuilder();
            int n = i + 1;
            while (n > 0) {
                int rem = (n - 1) % 26;
                sb.insert(0, (char) ('A' + rem));
                n = (n - 1) / 26;
            }
            return sb.toString();
        }
    }

    /** The state of reading one row. */
    private static final class RowRead {
        final SheetRow row;
        final String source;
        final Columns columns;
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final java.util.Set<MselColumn> errorColumns = java.util.EnumSet.noneOf(MselColumn.class);
        ObjectNode inject;
        ObjectNode base;
        MselColumn triggerColumn = MselColumn.TRIGGER;

        RowRead(SheetRow row, String source, Columns columns) {
            this.row = row;
            this.source = source;
            this.columns = columns;
        }

        boolean has(MselColumn c) {
            return columns.index.containsKey(c);
        }

        String cell(MselColumn c) {
            Integer i = columns.index.get(c);
            return i == null ? "" : row.cell(i);
        }

        String where(MselColumn c) {
            return source + ":row " + row.number() + ", column \"" + columns.header(c) + "\": ";
        }

        void error(MselColumn c, String message) {
            errorColumns.add(c);
            errors.add(where(c) + message);
        }

        /**
         * A problem the scenario validation found at {@code path} inside this row's inject; left out when
         * the row's own check already reported a problem in that column.
         */
        void validationProblem(String message, String path) {
            Matcher missing = MISSING_FIELD.matcher(message);
            MselColumn c = columnFor(missing.find() ? path + "." + missing.group(1) : path);
            if (errorColumns.contains(c)) {
                return;
            }
            String hint = has(c) ? "" : " (the sheet has no column \"" + c.header(columns.language) + "\")";
            String line = where(c) + message + subPath(c, path) + hint;
            if (!errors.contains(line)) {
                errors.add(line);
            }
        }

        void keepInNotes(MselColumn c, String value, String why) {
            kept.add(columns.header(c) + ": " + value);
            warnings.add(where(c) + why);
        }

        /** The column a problem at this path inside the inject (e.g. {@code .title.en}) belongs to. */
        MselColumn columnFor(String path) {
            String p = path.startsWith(".") ? path.substring(1) : path;
            String head = p.split("[.\\[]", 2)[0];
            MselLanguage l = p.endsWith(".en") ? MselLanguage.EN : p.endsWith(".nl") ? MselLanguage.NL : columns.language;
            return switch (head) {
                case "title" -> MselColumn.title(l);
                case "text" -> MselColumn.text(l);
                case "sender" -> p.startsWith("sender.organisation") ? MselColumn.senderOrganisation(l) : MselColumn.sender(l);
                case "recipients" -> MselColumn.RECIPIENTS;
                case "channel" -> MselColumn.CHANNEL;
                case "type" -> MselColumn.TYPE;
                case "trigger" -> triggerColumn;
                case "phase" -> MselColumn.PHASE;
                case "pillars" -> MselColumn.PILLARS;
                case "elements" -> MselColumn.ELEMENTS;
                case "expectedActions" -> MselColumn.EXPECTED_ACTIONS;
                case "attachments" -> MselColumn.ATTACHMENTS;
                case "effects" -> MselColumn.EFFECTS;
                case "objective" -> MselColumn.OBJECTIVE;
                case "controller" -> MselColumn.CONTROLLER;
                case "notes" -> MselColumn.NOTES;
                default -> MselColumn.NUMBER;
            };
        }
    }
}
