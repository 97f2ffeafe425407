package nl.paraat.scenario.msel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of an MSEL sheet: the 14 standard MSEL columns ({@code exercise-practice.md} §d) and the
 * extra columns for every inject field they cannot hold. Each column has a Dutch and an English name and
 * further names it is recognised by on import (compared without case, accents and extra spaces).
 *
 * <p>Title, text and sender exist once per language; a sheet shows its own language in the standard
 * column and the other language in an extra column.
 */
public enum MselColumn {
    NUMBER("Nr.", "Inject no.", 9, "nummer", "injectnummer", "inject nr", "inject nr.", "inject", "id", "no",
        "no.", "#", "inject number", "event no.", "event no", "inject/event no."),
    SCENARIO_TIME("Scenariotijd", "Scenario time", 13, "tijd", "time", "t+", "dtg", "scenario time (t+ / dtg)",
        "scenariotijd (d)", "moment"),
    DELIVERY_TIME("Werkelijke levertijd", "Delivery time (actual)", 12, "levertijd", "delivery time",
        "actual time", "werkelijke tijd"),
    TITLE_NL("Titel", "Title (Dutch)", 30, "titel (nl)", "title (nl)", "titel (nederlands)", "samenvatting",
        "onderwerp"),
    TITLE_EN("Titel (Engels)", "Title", 30, "title (en)", "titel (en)", "title (english)", "synopsis",
        "event synopsis", "inject title", "event synopsis / inject title", "subject"),
    TEXT_NL("Tekst", "Text (Dutch)", 60, "tekst (nl)", "text (nl)", "tekst (nederlands)", "injecttekst",
        "inhoud", "bericht"),
    TEXT_EN("Tekst (Engels)", "Text", 60, "text (en)", "tekst (en)", "text (english)", "inject text", "content",
        "inject text / content", "message"),
    SENDER_NL("Van", "From (Dutch)", 22, "van (nl)", "from (nl)", "afzender", "afzender (nl)"),
    SENDER_EN("Van (Engels)", "From", 22, "from (en)", "van (en)", "sender", "from (simulated originator)",
        "originator"),
    RECIPIENTS("Aan", "To", 24, "ontvanger", "ontvangers", "aan (ontvangers)", "recipient", "recipients",
        "to (recipient)", "rollen", "roles"),
    CHANNEL("Kanaal", "Channel", 14, "leveringswijze", "medium", "delivery method", "delivery method/channel",
        "method"),
    TYPE("Soort inject", "Inject type", 14, "soort", "type", "injectsoort", "injecttype"),
    CONTROLLER("Verantwoordelijke controller", "Responsible controller", 16, "controller", "uitvoerder",
        "verantwoordelijke", "responsible"),
    EXPECTED_SUMMARY("Verwachte actie spelers", "Expected player action", 40, "verwachte actie",
        "verwachte acties", "expected action", "expected player actions"),
    OBJECTIVE("Doelstelling", "Objective", 12, "doelstellingen", "doel", "objective(s)", "objectives",
        "objective / core capability", "objective(s) / core capability", "doelstelling / kerncapaciteit"),
    NOTES("Aantekeningen evaluator", "Evaluator notes", 30, "aantekeningen", "notities", "notes",
        "evaluator notes / special instructions", "special instructions", "instructies", "toelichting"),
    STATUS("Status / opmerkingen", "Status / remarks", 16, "status", "remarks", "opmerkingen"),
    // ----- extra columns
    SENDER_ORG_NL("Organisatie afzender", "Sender organisation (Dutch)", 22, "organisatie",
        "organisatie afzender (nl)", "sender organisation (nl)"),
    SENDER_ORG_EN("Organisatie afzender (Engels)", "Sender organisation", 22, "organisation", "organization",
        "sender organization", "sender organisation (en)", "organisatie afzender (en)"),
    TRIGGER("Trigger", "Trigger", 34, "trigger (voorwaarde)", "trigger (json)", "voorwaarde", "condition"),
    PHASE("Fase", "Phase", 10, "fase-id", "phase id"),
    PILLARS("Pijlers", "Pillars", 10, "pijler", "pillar"),
    ELEMENTS("Scenario-elementen", "Scenario elements", 12, "scenarioelementen", "elementen", "elements",
        "scenario element"),
    BLR("BLR", "BLR", 8, "baseline requirement", "baseline requirements"),
    EXPECTED_ACTIONS("Verwachte acties (JSON)", "Expected actions (JSON)", 44, "verwachte acties json",
        "expected actions json", "expectedactions"),
    ATTACHMENTS("Bijlagen (JSON)", "Attachments (JSON)", 30, "bijlagen", "attachments"),
    EFFECTS("Wereldeffecten (JSON)", "World effects (JSON)", 30, "wereldeffecten", "world effects", "effects");

    private final String nl;
    private final String en;
    private final int width;
    private final List<String> aliases;

    MselColumn(String nl, String en, int width, String... aliases) {
        this.nl = nl;
        this.en = en;
        this.width = width;
        this.aliases = List.of(aliases);
    }

    /** The column name in a sheet of this language. */
    public String header(MselLanguage language) {
        return language == MselLanguage.NL ? nl : en;
    }

    /** Width in characters in a written workbook. */
    public int width() {
        return width;
    }

    /** Every name this column is recognised by, normalised. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(normalise(nl));
        all.add(normalise(en));
        aliases.forEach(a -> all.add(normalise(a)));
        return all;
    }

    /** The column a header name stands for, or null for an unknown column. */
    public static MselColumn byHeader(String header) {
        String n = normalise(header);
        for (MselColumn c : values()) {
            if (c.names().contains(n)) {
                return c;
            }
        }
        return null;
    }

    /** The title column of a language. */
    public static MselColumn title(MselLanguage l) {
        return l == MselLanguage.NL ? TITLE_NL : TITLE_EN;
    }

    /** The text column of a language. */
    public static MselColumn text(MselLanguage l) {
        return l == MselLanguage.NL ? TEXT_NL : TEXT_EN;
    }

    /** The sender name column of a language. */
    public static MselColumn sender(MselLanguage l) {
        return l == MselLanguage.NL ? SENDER_NL : SENDER_EN;
    }

    /** The sender organisation column of a language. */
    public static MselColumn senderOrganisation(MselLanguage l) {
        return l == MselLanguage.NL ? SENDER_ORG_NL : SENDER_ORG_EN;
    }

    /**
     * The columns of a written sheet, in order: the 14 standard MSEL columns (title, text and sender in
     * the sheet's language), then the extra ones.
     */
    public static List<MselColumn> layout(MselLanguage l) {
        MselLanguage o = l.other();
        return List.of(NUMBER, SCENARIO_TIME, DELIVERY_TIME, title(l), text(l), sender(l), RECIPIENTS, CHANNEL,
            TYPE, CONTROLLER, EXPECTED_SUMMARY, OBJECTIVE, NOTES, STATUS,
            title(o), text(o), sender(o), senderOrganisation(l), senderOrganisation(o), TRIGGER, PHASE, PILLARS,
            ELEMENTS, BLR, EXPECTED_ACTIONS, ATTACHMENTS, EFFECTS);
    }

    /** Lower case, no accents, single spaces, no trailing colon or asterisk. */
    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        while (s.endsWith(":") || s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
