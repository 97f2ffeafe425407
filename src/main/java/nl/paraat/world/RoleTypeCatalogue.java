package nl.paraat.world;

import java.util.List;

/** The role types of domain.md section 2 and the storylines, in catalogue order. */
final class RoleTypeCatalogue {
    private RoleTypeCatalogue() {
    }

    private static RoleType r(String id, String nl, String en, RegionKind k, String d) {
        return new RoleType(id, Text.of(nl, en), k, d);
    }

    static final List<RoleType> ALL = List.of(
        r("voorzitter-vr", "Voorzitter veiligheidsregio / RBT", "Chair of the safety region / regional policy team",
            RegionKind.SAFETY, "Mayor chairing the safety region: emergency ordinances, noodsteunpunten, public messaging, requests for military support."),
        r("rot", "Regionaal Operationeel Team", "Regional operational team", RegionKind.SAFETY,
            "Runs the regional operation: allocates fire, police, medical and population-care capacity; fuel logistics."),
        r("copi", "Commando Plaats Incident", "On-scene command (CoPI)", RegionKind.SAFETY,
            "On-scene coordination: cordons, responder safety, handover to police investigation."),
        r("ghor", "GHOR (DPG)", "Regional medical emergency organisation (GHOR)", RegionKind.SAFETY,
            "Coordinates the regional medical chain and keeps care institutions running during outages."),
        r("roaz", "ROAZ / acute zorgnetwerk (RCPS)", "Regional acute care network (ROAZ)", RegionKind.ROAZ,
            "Regional capacity agreements, bed data, coordinated cut-back of planned care."),
        r("ziekenhuis", "Crisisteam ziekenhuis", "Hospital crisis team", RegionKind.ROAZ,
            "A hospital (group) in a ROAZ region: cuts planned care, opens surge beds."),
        r("lcps", "Landelijk Coördinatiecentrum Patiënten Spreiding", "National patient spreading centre (LCPS)",
            RegionKind.NONE, "Supra-regional and cross-border patient moves; national capacity picture."),
        r("lnaz", "Landelijk Netwerk Acute Zorg", "National acute care network (LNAZ)", RegionKind.NONE,
            "National ICU surge plan (1,150 -> 1,350 -> 1,700 -> 2,400)."),
        r("vws", "Crisisteam VWS", "Ministry of Health crisis team (VWS)", RegionKind.NONE,
            "National prioritisation, suspending regular care, Nationale Zorgreserve, medicine stocks, allied patients."),
        r("rav", "Regionale ambulancevoorziening", "Regional ambulance service", RegionKind.SAFETY,
            "Ambulance capacity for emergency response and inter-hospital transfers."),
        r("vvt", "Verpleeg- en verzorgingshuizen (VVT)", "Nursing-home organisation", RegionKind.SAFETY,
            "Care for vulnerable clients, generators, evacuation of care homes."),
        r("defensie", "Defensie - DOSCO / Defensie Gezondheidszorg", "Defence - DOSCO / Defence Health Care",
            RegionKind.NONE, "HNS logistics, hospital-train routing, Role 4 (CMH, Calamiteitenhospitaal), reservists."),
        r("defensie-clas", "Defensie - CLAS / RMC / RMOA / TOC", "Defence - Army / regional military commands",
            RegionKind.NONE, "Approves civil requests for military help, guards military objects, counter-drone support."),
        r("kmar", "Koninklijke Marechaussee", "Royal Marechaussee (KMar)", RegionKind.NONE,
            "Convoy escort, airports, counter-drone, traffic plans with police."),
        r("czsk", "Defensie - CZSK (marine) / Kustwacht", "Navy / Coast Guard", RegionKind.NONE,
            "Port and fairway security, diver checks, mine countermeasures, shadowing vessels."),
        r("cmi", "1 Civiel en Militair Interactie Commando", "1 Civil and Military Interaction Command (1CMI)",
            RegionKind.SAFETY, "Liaison at the civil-military interface in a region."),
        r("nctv", "NCTV / NCC / NKC", "National Coordinator for Security and Counterterrorism / NCC / NKC",
            RegionKind.NONE, "Threat picture, national crisis communication, national NL-Alert, cyber advice (NCSC), campaigns."),
        r("locc", "Landelijk Operationeel Coördinatiecentrum", "National operational coordination centre (LOCC)",
            RegionKind.NONE, "Allocates scarce national capacity (generators, fuel, units) between regions."),
        r("mccb", "Ministeriële Commissie Crisisbeheersing", "Ministerial crisis committee (MCCb)", RegionKind.NONE,
            "Emergency law, civil-versus-military priority, fuel rationing, international requests, national address."),
        r("prorail", "ProRail (met IenW)", "ProRail rail infrastructure manager", RegionKind.NONE,
            "Train-path allocation, military priority, rerouting, repair of rail links."),
        r("rws", "Rijkswaterstaat", "Rijkswaterstaat (roads, waterways, barriers)", RegionKind.NONE,
            "Main roads, bridges, locks, barriers; convoy traffic management and rerouting."),
        r("havenbedrijf", "Havenbedrijf / havenmeester", "Port authority / harbour master", RegionKind.SAFETY,
            "Berth allocation, fairway closure, diverting commercial cargo (instance region = the port's safety region)."),
        r("tennet", "TenneT (TSO)", "TenneT transmission system operator", RegionKind.NONE,
            "System protection and restoration: load shedding, restoration order."),
        r("netbeheerder", "Regionale netbeheerder (DSO)", "Distribution system operator (DSO)", RegionKind.SAFETY,
            "Regional grid: restoration order, repair crews."),
        r("drinkwater", "Drinkwaterbedrijf", "Drinking-water company", RegionKind.SAFETY,
            "Production on generators, emergency drinking water, OT security, denial of water rumours."),
        r("waterschap", "Waterschap", "Water board", RegionKind.SAFETY,
            "Pumping stations and locks; OT security of water management."),
        r("telecom", "Telecomaanbieder (met RDI)", "Telecom operator", RegionKind.NONE,
            "Network continuity, mobile backup masts, repair priority, NCV."),
        r("gemeente", "Gemeente (bevolkingszorg)", "Municipality (population care)", RegionKind.SAFETY,
            "Shelter and registration of displaced people, noodsteunpunten, emergency water points."),
        r("politie", "Politie", "Police", RegionKind.SAFETY,
            "Public order, guarding vital objects, investigating sabotage, traffic plans."),
        r("coa", "COA", "Central Agency for the Reception of Asylum Seekers (COA)", RegionKind.NONE,
            "Reception sites for displaced people."),
        r("rode-kruis", "Rode Kruis", "Netherlands Red Cross", RegionKind.NONE,
            "Shelter support, first aid, restoring family links; supports noodsteunpunten and reception."));
}
