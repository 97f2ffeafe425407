package nl.paraat.world;

import static nl.paraat.world.Specs.choice;
import static nl.paraat.world.Specs.list;
import static nl.paraat.world.Specs.num;
import static nl.paraat.world.Specs.opt;
import static nl.paraat.world.Specs.req;

import java.util.List;

/** The typed decisions, in catalogue order. Their preconditions and effects live in {@link DecisionBook}. */
final class DecisionCatalogue {
    private DecisionCatalogue() {
    }

    static final List<String> BED_CLASSES = List.of("icu", "ward", "burn");
    static final List<String> BACKUP_SECTORS = List.of("hospital", "water", "watermgmt", "masts", "food", "fuel",
        "payments");
    static final List<String> RESTORE_SECTORS = List.of("hospital", "water", "masts", "watermgmt", "payments", "food",
        "fuel", "gas");
    static final List<String> TOPICS = List.of("water-poisoned", "army-requisition", "chemical-train", "blackout-panic",
        "hospital-collapse", "generic");
    static final List<String> ALERT_MESSAGES = List.of("warning", "advice", "denial", "instruction");
    static final List<String> STAFF_SECTORS = List.of("care", "transport", "energy");
    static final List<String> ASSISTANCE = List.of("patients-abroad", "generators", "medicines");
    static final List<String> THREAT_LEVELS = List.of("low", "elevated", "high");

    private static DecisionType d(String id, String nl, String en, List<String> owners, List<ParamSpec> p,
                                  String blr, String pillar, String desc) {
        return new DecisionType(id, Text.of(nl, en), owners, p, blr, pillar, desc);
    }

    private static ParamSpec hours(boolean required) {
        return num("hours", ParamKind.NUMBER, required, 0.5, 720, "Duur (uren)", "Duration (hours)");
    }

    private static final ParamSpec ROAZ = req("region", ParamKind.ROAZ_REGION, "ROAZ-regio", "ROAZ region");
    private static final ParamSpec VR = req("region", ParamKind.SAFETY_REGION, "Veiligheidsregio", "Safety region");
    private static final ParamSpec PORT = req("port", ParamKind.PORT, "Haven", "Port");
    private static final ParamSpec AIRPORT = req("airport", ParamKind.AIRPORT, "Luchthaven/vliegbasis", "Airport/air base");

    static final List<DecisionType> ALL = List.of(
        // health (BLR 5)
        d("raise-icu-surge", "IC-opschaling naar volgende stap", "Raise ICU surge to the next step",
            List.of("lnaz", "vws"), List.of(), "BLR5", "P2",
            "National ICU capacity one step up (1,150 -> 1,350 -> 1,700 -> 2,400); takes health.icu.surgeStepHours and ICU staff; steps 2 and 3 need regular care suspended."),
        d("lower-icu-surge", "IC-opschaling afschalen", "Lower ICU surge one step", List.of("lnaz"), List.of(),
            "BLR5", "P2", "One surge step down; only when casualty ICU patients fit in the lower capacity."),
        d("cut-planned-care", "Planbare zorg afschalen", "Cut back planned care", List.of("roaz", "ziekenhuis"),
            List.of(ROAZ, num("share", ParamKind.NUMBER, false, 0.01, 0.6, "Aandeel", "Share")), "BLR5", "P2",
            "Frees a share of regular ward/ICU occupancy in the region over health.plannedCare.cutHours."),
        d("resume-planned-care", "Planbare zorg hervatten", "Resume planned care", List.of("roaz", "ziekenhuis"),
            List.of(ROAZ), "BLR5", "P2", "Ends a planned-care cut in the region."),
        d("suspend-regular-care", "Reguliere zorg landelijk afschalen", "Suspend regular care nationally",
            List.of("vws"), List.of(), "BLR5", "P2",
            "Maximum planned-care cut in every region; allows ICU surge steps 2 and 3."),
        d("spread-patients", "Patiënten spreiden naar andere regio", "Spread patients to another region",
            List.of("lcps"), List.of(req("from", ParamKind.ROAZ_REGION, "Van regio", "From region"),
                req("to", ParamKind.ROAZ_REGION, "Naar regio", "To region"),
                num("count", ParamKind.INTEGER, true, 1, 500, "Aantal", "Count"),
                choice("bedClass", true, BED_CLASSES, "Beddensoort", "Bed class")), "BLR5", "P2",
            "Moves waiting (then admitted) patients by ambulance; needs free beds at the destination and free ambulances."),
        d("spread-patients-abroad", "Patiënten naar het buitenland", "Move patients abroad", List.of("lcps"),
            List.of(req("from", ParamKind.ROAZ_REGION, "Van regio", "From region"),
                num("count", ParamKind.INTEGER, true, 1, 200, "Aantal", "Count"),
                choice("bedClass", true, BED_CLASSES, "Beddensoort", "Bed class")), "BLR5", "P2",
            "Moves patients to foreign hospitals (e.g. Germany) within the daily quota health.abroad.maxPerDay."),
        d("deploy-zorgreserve", "Nationale Zorgreserve inzetten", "Deploy the national care reserve",
            List.of("vws"), List.of(ROAZ, num("persons", ParamKind.INTEGER, true, 1, 20000, "Personen", "Persons")),
            "BLR5", "P2", "Reserve staff open extra ward beds in the region after 24 h."),
        d("release-medicine-stock", "Strategische geneesmiddelenvoorraad vrijgeven", "Release strategic medicine stock",
            List.of("vws"), List.of(), "BLR5", "P4", "Adds health.medicine.strategicDays of critical medicines (once)."),
        d("accept-allied-patients", "Bondgenootpatiënten accepteren", "Accept allied patients",
            List.of("vws", "mccb"), List.of(num("perDay", ParamKind.INTEGER, true, 1, 1000, "Per dag", "Per day")),
            "BLR5", "P6", "Takes allied casualties per day on top of the Dutch inflow; needs ICU surge level 1 or more."),
        d("route-hospital-trains", "Hospitaaltreinen routeren", "Route hospital trains", List.of("defensie"),
            List.of(ROAZ), "BLR5", "P6", "Arriving hospital trains go to this region; it must have free ICU beds."),
        d("open-calamiteitenhospitaal", "Calamiteitenhospitaal openen", "Open the Calamiteitenhospitaal",
            List.of("defensie", "vws"), List.of(), "BLR5", "P6",
            "Opens 200 beds (12 ICU) at UMCU/CMH in 30 minutes (ROAZ Midden-Nederland)."),
        d("prioritise-vulnerable-care", "Kwetsbare cliënten prioriteren", "Prioritise vulnerable clients",
            List.of("ghor", "vvt"), List.of(VR), "BLR5", "P2",
            "Generators, checks and moves for care-home clients in a region with a power or water outage."),
        d("scale-up-ambulances", "Ambulancecapaciteit opschalen", "Scale up ambulance capacity", List.of("rav"),
            List.of(VR, num("count", ParamKind.INTEGER, true, 1, 100, "Aantal", "Count")), "BLR5", "P2",
            "Adds ambulances of the region to the inter-hospital transfer pool (at most 20% of its fleet)."),
        // transport (BLR 7)
        d("prioritise-military-trains", "Militaire treinen voorrang geven", "Give military trains priority",
            List.of("prorail", "mccb"), List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor"), hours(true)),
            "BLR7", "P6", "Military trains get paths before civil trains on a rail corridor for a period; civil trains lose paths."),
        d("reroute-military-trains", "Militaire treinen omleiden", "Reroute military trains",
            List.of("prorail", "defensie"), List.of(req("from", ParamKind.CORRIDOR, "Van corridor", "From corridor"),
                req("to", ParamKind.CORRIDOR, "Naar corridor", "To corridor")), "BLR7", "P6",
            "Waiting and future military trains of a rail corridor use an open alternative."),
        d("reroute-convoys", "Konvooien omleiden", "Reroute convoys", List.of("rws", "defensie"),
            List.of(req("from", ParamKind.CORRIDOR, "Van corridor", "From corridor"),
                req("to", ParamKind.CORRIDOR, "Naar corridor", "To corridor")), "BLR7", "P6",
            "Waiting and future convoys of a road corridor use an open alternative."),
        d("repair-link", "Verbinding met voorrang herstellen", "Expedite repair of a link",
            List.of("prorail", "rws"), List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor")),
            "BLR7", "P1", "Halves the remaining closure of a sabotaged or damaged corridor."),
        d("close-airport", "Luchthaven sluiten", "Close an airport", List.of("kmar", "mccb"),
            List.of(AIRPORT, hours(true)), "BLR7", "P5", "Closes an airport or air base for a period."),
        d("reopen-airport", "Luchthaven heropenen", "Reopen an airport", List.of("kmar"), List.of(AIRPORT), "BLR7",
            "P5", "Reopens a closed airport; not while a drone sighting is active."),
        d("close-fairway", "Vaarweg sluiten", "Close a fairway", List.of("havenbedrijf", "czsk"),
            List.of(PORT, hours(true)), "BLR7", "P1", "Closes a port's fairway; unloading stops."),
        d("reopen-fairway", "Vaarweg heropenen", "Reopen a fairway", List.of("havenbedrijf"), List.of(PORT), "BLR7",
            "P1", "Reopens a closed fairway; not while a suspected mine is uncleared."),
        d("mine-countermeasures", "Mijnenbestrijding / duikinspectie", "Mine countermeasures / diver checks",
            List.of("czsk"), List.of(PORT), "BLR7", "P5", "Clears a suspected mine after transport.mine.clearanceHours."),
        d("reserve-berth", "Ligplaats reserveren voor NAVO", "Reserve a berth for NATO", List.of("havenbedrijf"),
            List.of(PORT), "BLR7", "P6", "One more military berth (from civil berths); some commercial cargo is diverted."),
        d("divert-commercial-cargo", "Commerciële lading omleiden", "Divert commercial cargo",
            List.of("havenbedrijf"), List.of(PORT), "BLR7", "P4",
            "Sends commercial cargo elsewhere (e.g. Antwerp) when the port is disrupted or berths are reserved."),
        d("counter-drone", "Drones bestrijden", "Counter drones", List.of("kmar", "defensie-clas"), List.of(AIRPORT),
            "BLR7", "P5", "Ends an active drone sighting after one hour."),
        d("escort-convoys", "Konvooien begeleiden", "Escort convoys", List.of("kmar"),
            List.of(req("corridor", ParamKind.CORRIDOR, "Corridor", "Corridor")), "BLR7", "P6",
            "A road corridor's convoys are escorted: protest blockades no longer close it."),
        d("request-military-support", "Militaire bijstand aanvragen (bewaking)", "Request military support (guarding)",
            List.of("voorzitter-vr"), List.of(req("node", ParamKind.NODE, "Object", "Object")), "BLR1", "P6",
            "Soldiers guard a vital object in the region after defence.supportDelayHours; sabotage on it fails."),
        d("guard-military-object", "Militair object bewaken", "Guard a military object", List.of("defensie-clas"),
            List.of(req("site", ParamKind.TEXT, "Militair object", "Military site")), "BLR7", "P5",
            "Guards a military site or staging area; sabotage on it fails."),
        d("investigate-sabotage", "Sabotage onderzoeken", "Investigate sabotage", List.of("politie", "copi"),
            List.of(VR), "BLR1", "P3", "Investigation in a region: later sabotage there succeeds half as often; visible action adds a trust point."),
        // infrastructure (BLR 2, 4, 6)
        d("set-restoration-order", "Herstelvolgorde stroom vaststellen", "Set the power restoration order",
            List.of("tennet", "netbeheerder"), List.of(list("order", true, RESTORE_SECTORS, "Volgorde", "Order")),
            "BLR2", "P1", "Sectors that get power back first in each restoration stage (a DSO sets it for its region)."),
        d("shed-load", "Belasting afschakelen", "Shed load", List.of("tennet"),
            List.of(num("share", ParamKind.NUMBER, true, 0.01, 0.5, "Aandeel", "Share"), hours(true)), "BLR2", "P1",
            "Controlled load shedding; prevents uncontrolled blackouts under a supply shortfall."),
        d("deliver-generator-fuel", "Brandstof voor noodstroom leveren", "Deliver generator fuel",
            List.of("locc", "rot"), List.of(VR, choice("sector", true, BACKUP_SECTORS, "Sector", "Sector")), "BLR2", "P1",
            "Extends the backup power of a sector on generators in a region by infra.fuelDelivery.extendHours (4 h lead time)."),
        d("isolate-ot-networks", "OT-netwerken isoleren", "Isolate OT networks",
            List.of("drinkwater", "netbeheerder", "tennet", "waterschap", "telecom"), List.of(), "BLR4", "P1",
            "The operator's control systems are isolated: cyber attacks on its sector fail."),
        d("emergency-drinking-water", "Nooddrinkwater verstrekken", "Supply emergency drinking water",
            List.of("drinkwater", "gemeente"), List.of(VR), "BLR4", "P2",
            "Distribution points supply 3 L/person/day to people without piped water after 12 h."),
        d("deploy-mobile-masts", "Mobiele masten/aggregaten inzetten", "Deploy mobile masts and generators",
            List.of("telecom"), List.of(VR), "BLR6", "P1", "Restores 20% of the region's masts on generators after 6 h."),
        d("raise-vigilance", "Waakzaamheid verhogen", "Raise vigilance",
            List.of("havenbedrijf", "tennet", "netbeheerder", "telecom", "drinkwater", "czsk", "prorail"), List.of(),
            "BLR2", "P1", "The operator raises vigilance: sabotage on its assets succeeds half as often."),
        d("set-threat-level", "Dreigingsbeeld vaststellen", "Set the threat picture", List.of("nctv"),
            List.of(choice("level", true, THREAT_LEVELS, "Niveau", "Level")), "BLR1", "P3",
            "National threat picture; 'high' raises vigilance of every operator."),
        d("issue-cyber-advice", "NCSC-advies uitgeven", "Issue NCSC advice", List.of("nctv"), List.of(), "BLR6", "P1",
            "Cyber attacks on infrastructure last half as long."),
        // society and information (BLR 1, 3)
        d("issue-nl-alert", "NL-Alert uitsturen", "Issue an NL-Alert", List.of("nctv", "voorzitter-vr"),
            List.of(req("region", ParamKind.REGION, "Regio (of NL)", "Region (or NL)"),
                choice("message", true, ALERT_MESSAGES, "Bericht", "Message")), "BLR6", "P2",
            "Cell broadcast to the masts that are up; a denial counters rumours, all raise trust by reach."),
        d("counter-disinformation", "Desinformatie weerleggen", "Counter disinformation",
            List.of("nctv", "voorzitter-vr", "drinkwater", "defensie", "gemeente"),
            List.of(choice("topic", true, TOPICS, "Onderwerp", "Topic")), "BLR1", "P3",
            "Counter-messaging through press and social media on an active rumour."),
        d("address-the-nation", "Toespraak tot de natie", "Address the nation", List.of("mccb"), List.of(), "BLR1",
            "P3", "National address; raises trust (at most once per 24 h)."),
        d("open-noodsteunpunten", "Noodsteunpunten openen", "Open noodsteunpunten",
            List.of("gemeente", "voorzitter-vr", "rode-kruis"),
            List.of(VR, num("count", ParamKind.INTEGER, true, 1, 500, "Aantal", "Count")), "BLR4", "P2",
            "Local help points (water, information, charging) after 6 h; lower unrest."),
        d("emergency-ordinance", "Noodverordening", "Emergency ordinance", List.of("voorzitter-vr"), List.of(VR),
            "BLR1", "P3", "Ends protests and lowers unrest in the region; costs a little trust."),
        d("declare-emergency", "Noodtoestand afkondigen", "Declare a state of emergency", List.of("mccb"), List.of(),
            "BLR1", "P3", "Emergency powers (e.g. fuel rationing, requisition)."),
        d("lift-emergency", "Noodtoestand opheffen", "Lift the state of emergency", List.of("mccb"), List.of(), "BLR1",
            "P3", "Ends the state of emergency."),
        d("ration-fuel", "Brandstof rantsoeneren", "Ration fuel", List.of("mccb", "locc"),
            List.of(opt("militaryPriority", ParamKind.BOOLEAN, "Voorrang militair", "Military priority")), "BLR2", "P4",
            "Cuts civil fuel use; needs a state of emergency or fuel stock below 30 days."),
        d("preparedness-campaign", "Campagne zelfredzaamheid (72 uur)", "72-hour preparedness campaign",
            List.of("nctv"), List.of(), "BLR4", "P2", "Household preparedness rises over 14 days."),
        d("request-international-assistance", "Internationale bijstand vragen", "Request international assistance",
            List.of("mccb", "vws"), List.of(choice("kind", true, ASSISTANCE, "Soort", "Kind")), "BLR5", "P3",
            "EU UCPM/NATO help: more patient moves abroad, generators (extra repair crews) or medicines."),
        // displaced people (BLR 3)
        d("open-reception-site", "Opvanglocatie openen", "Open a reception site", List.of("coa", "gemeente", "rode-kruis"),
            List.of(VR, num("places", ParamKind.INTEGER, false, 50, 10000, "Plaatsen", "Places"),
                opt("offRoute", ParamKind.BOOLEAN, "Buiten militaire routes", "Off military routes")), "BLR3", "P2",
            "Reception places after displaced.siteOpenHours; a site on a military route causes conflicts without a traffic plan."),
        d("traffic-plan-displaced", "Verkeersplan ontheemden", "Traffic plan for displaced people",
            List.of("kmar", "politie"), List.of(VR), "BLR3", "P6",
            "Keeps flows of displaced people off military routes in the region."),
        d("scale-up-registration", "Registratie opschalen", "Scale up registration", List.of("gemeente", "coa"),
            List.of(VR), "BLR3", "P3", "Doubles registration capacity in the region."),
        d("deploy-cimic-liaison", "CIMIC-liaison inzetten", "Deploy a CIMIC liaison", List.of("cmi"), List.of(VR),
            "BLR3", "P6", "Civil-military liaison: military support in the region arrives twice as fast, fewer route conflicts."),
        // economy and labour (P4)
        d("call-up-reservists", "Reservisten oproepen", "Call up reservists", List.of("defensie", "mccb"),
            List.of(num("count", ParamKind.INTEGER, true, 1, 100000, "Aantal", "Count")), "BLR7", "P5",
            "More soldiers for guarding and support; staff leave care, transport and energy."),
        d("exempt-critical-staff", "Vitale functies vrijstellen", "Exempt critical staff", List.of("mccb", "vws"),
            List.of(choice("sector", true, STAFF_SECTORS, "Sector", "Sector")), "BLR5", "P4",
            "Called-up reservists of a sector return to work (fewer soldiers)."));
}
