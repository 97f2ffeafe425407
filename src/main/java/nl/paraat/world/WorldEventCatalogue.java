package nl.paraat.world;

import static nl.paraat.world.Specs.choice;
import static nl.paraat.world.Specs.num;
import static nl.paraat.world.Specs.opt;
import static nl.paraat.world.Specs.req;

import java.util.List;

/** World-event types for scenarios and the facilitator, in catalogue order. Effects live in {@link WorldEvents}. */
final class WorldEventCatalogue {
    private WorldEventCatalogue() {
    }

    static final List<String> CASUALTY_MODES = List.of("train", "air", "incident");
    static final List<String> DDOS_TARGETS = List.of("municipal", "public-transport", "government", "banks");

    private static WorldEventType e(String id, String nl, String en, List<ParamSpec> p, String d) {
        return new WorldEventType(id, Text.of(nl, en), p, d);
    }

    private static ParamSpec hours() {
        return num("hours", ParamKind.NUMBER, false, 0.1, 2160, "Duur (uren)", "Duration (hours)");
    }

    static final List<WorldEventType> ALL = List.of(
        e("sabotage-link", "Sabotage van een verbinding", "Sabotage of a link",
            List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor"), hours()),
            "Closes a rail or road corridor (default transport.sabotage.closureHours)."),
        e("rail-cable-cut", "Kabel bij spoorknooppunt doorgesneden", "Cable cut at a rail junction",
            List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor"), hours()),
            "Signalling/GSM-R cable cut (pattern Oct 2022): closes a rail corridor."),
        e("bridge-damage", "Brug beschadigd", "Bridge damaged",
            List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor"), hours()), "Closes a road corridor."),
        e("sabotage-node", "Sabotage van een object", "Sabotage of an object",
            List.of(req("node", ParamKind.NODE, "Object", "Object"), hours()),
            "Damages an infrastructure node (e.g. a substation); repair needs a crew (infra.repair.hours)."),
        e("power-outage", "Stroomstoring", "Power outage",
            List.of(req("region", ParamKind.SAFETY_REGION, "Regio", "Region"), hours()),
            "The region's grid goes down for the given hours, then is restored in stages."),
        e("cyber-attack", "Cyberaanval op een object", "Cyber attack on an object",
            List.of(req("node", ParamKind.NODE, "Object", "Object"), hours()),
            "Takes a node's control down (fails if the operator isolated its OT networks)."),
        e("terminal-cyber-attack", "Cyberaanval op containerterminal", "Cyber attack on a container terminal",
            List.of(req("port", ParamKind.PORT, "Haven", "Port"), num("days", ParamKind.NUMBER, false, 0.1, 60, "Dagen", "Days")),
            "Halves a port's commercial and military unloading."),
        e("ddos", "DDoS-aanval", "DDoS attack",
            List.of(choice("target", true, DDOS_TARGETS, "Doel", "Target"), hours()),
            "Web sites down: public information suffers, trust drops a little."),
        e("subsea-cable-damage", "Schade aan zeekabel (ankersleep)", "Subsea cable damage (anchor drag)",
            List.of(req("node", ParamKind.NODE, "Kabel", "Cable"), num("days", ParamKind.NUMBER, false, 1, 365, "Dagen", "Days"),
                num("shortfall", ParamKind.NUMBER, false, 0, 0.5, "Tekort", "Supply shortfall")),
            "Reduced import capacity (pattern Estlink 2): a supply shortfall that needs load shedding."),
        e("gnss-jamming", "GNSS-verstoring", "GNSS jamming",
            List.of(req("region", ParamKind.SAFETY_REGION, "Regio", "Region"), hours()),
            "Hits shipping, aviation and, after infra.gnss.holdoverHours, the time sync of mobile networks."),
        e("drone-sighting", "Dronewaarneming", "Drone sighting",
            List.of(req("airport", ParamKind.AIRPORT, "Luchthaven/vliegbasis", "Airport/air base"), hours()),
            "Drones over an airport or air base: it closes (default transport.drone.closureHours) until countered."),
        e("survey-vessel", "Verdacht schip boven kabels", "Survey vessel loitering over cables",
            List.of(hours()), "Raises the threat picture; sabotage of subsea assets becomes likely."),
        e("suspected-mine", "Vermoedelijke zeemijn", "Suspected sea mine", List.of(req("port", ParamKind.PORT, "Haven", "Port")),
            "Closes a port's fairway until mine countermeasures clear it."),
        e("casualty-wave", "Slachtoffers (trein, lucht of incident)", "Casualties (train, air or incident)",
            List.of(num("count", ParamKind.INTEGER, true, 1, 5000, "Aantal", "Count"),
                opt("region", ParamKind.ROAZ_REGION, "ROAZ-regio", "ROAZ region"),
                choice("mode", false, CASUALTY_MODES, "Aanvoer", "Mode"),
                opt("military", ParamKind.BOOLEAN, "Militair", "Military")),
            "One batch of casualties arriving now (a hospital train of 140 is one batch)."),
        e("casualty-inflow", "Slachtofferstroom", "Casualty inflow",
            List.of(num("perDay", ParamKind.NUMBER, true, 0, 5000, "Per dag", "Per day"),
                num("days", ParamKind.NUMBER, true, 0.1, 120, "Dagen", "Days")),
            "Military casualties per day by hospital train and air for a number of days."),
        e("hospital-train-delay", "Hospitaaltrein vertraagd", "Hospital train delayed",
            List.of(num("hours", ParamKind.NUMBER, true, 0.1, 72, "Uren", "Hours")),
            "Hospital trains arriving within the hours are held at a station on the line; their patients count as arrived and in transport until the hold ends."),
        e("refugee-inflow", "Instroom ontheemden", "Inflow of displaced people",
            List.of(num("perDay", ParamKind.NUMBER, true, 0, 100000, "Per dag", "Per day"),
                num("days", ParamKind.NUMBER, true, 0.1, 120, "Dagen", "Days")),
            "Displaced people arriving from the east through the border regions."),
        e("disinformation-wave", "Desinformatiegolf", "Disinformation wave",
            List.of(choice("topic", true, DecisionCatalogue.TOPICS, "Onderwerp", "Topic"),
                num("strength", ParamKind.NUMBER, false, 0.01, 1, "Sterkte", "Strength"),
                opt("region", ParamKind.SAFETY_REGION, "Regio", "Region")),
            "A rumour spreads (logistic growth) and lowers trust until countered."),
        e("protest", "Protest of blokkade", "Protest or blockade",
            List.of(req("region", ParamKind.SAFETY_REGION, "Regio", "Region"),
                opt("corridor", ParamKind.CORRIDOR, "Geblokkeerde corridor", "Blocked corridor"), hours()),
            "Unrest in a region; may block a (road) corridor unless convoys are escorted."),
        e("run-on-shops", "Run op supermarkten", "Run on supermarkets",
            List.of(req("region", ParamKind.SAFETY_REGION, "Regio", "Region")), "Unrest at shops; food stock drains faster."),
        e("vessel-arrival", "Aankomst ro-roschip", "Ro-ro ship arrival",
            List.of(req("port", ParamKind.PORT, "Haven", "Port"), num("items", ParamKind.INTEGER, false, 1, 5000, "Items", "Items")),
            "A ship with military items arrives; it waits for a military berth."),
        e("deployment-plan", "Inzetplan (brigade)", "Deployment plan (brigade)",
            List.of(num("items", ParamKind.INTEGER, true, 1, 100000, "Items", "Items"),
                num("days", ParamKind.NUMBER, true, 0.5, 120, "Dagen", "Days"),
                opt("port", ParamKind.PORT, "Haven", "Port")),
            "Items to move to the border within the days; ships are scheduled into the port(s)."),
        e("medicine-shortage", "Geneesmiddelentekort", "Medicine shortage",
            List.of(num("days", ParamKind.NUMBER, true, 0.1, 365, "Dagen voorraad verloren", "Days of stock lost")),
            "Stock of critical medicines drops."),
        e("fuel-shortage", "Brandstoftekort", "Fuel shortage",
            List.of(num("days", ParamKind.NUMBER, true, 0.1, 365, "Dagen voorraad verloren", "Days of stock lost")),
            "Fuel stock drops."),
        e("payment-outage", "Storing betaalverkeer", "Payment outage",
            List.of(req("region", ParamKind.SAFETY_REGION, "Regio", "Region"), hours()), "Card payments fail in a region."),
        e("staff-data-leak", "Gelekte personeelsgegevens", "Leaked staff data", List.of(),
            "Espionage leak of police/defence staff data; trust and continuity of government suffer."),
        e("staff-exhaustion", "Uitputting personeel", "Staff exhaustion",
            List.of(req("region", ParamKind.ROAZ_REGION, "ROAZ-regio", "ROAZ region"),
                num("share", ParamKind.NUMBER, true, 0.01, 0.5, "Aandeel", "Share")),
            "A share of hospital staff in the region drops out."),
        e("article5-invoked", "Artikel 5 ingeroepen", "Article 5 invoked", List.of(),
            "NATO invokes Article 5: threat picture high, deployment and casualty planning start."));
}
