"""Converts the storyline drafts into scenarios/artikel5.json and scenarios/weerbare-zorg.json (scenario format 1)."""
import json, sys, os, copy
sys.path.insert(0, os.path.dirname(__file__))
from artikel5_p1 import P1
from artikel5_p2 import P2
from artikel5_p3 import P3
from artikel5_p4 import P4
from artikel5_extra import EXTRA
from wz import WZ
from wz_extra import WZX
from senders import SENDERS

def T(nl, en): return {"nl": nl, "en": en}

# ---------------------------------------------------------------- artikel5
A5_ROLES = [
 ("vz-rr", "voorzitter-vr", "vr-rotterdam-rijnmond", "Voorzitter veiligheidsregio Rotterdam-Rijnmond (RBT)", "Chair of Rotterdam-Rijnmond safety region (RBT)"),
 ("rot-rr", "rot", "vr-rotterdam-rijnmond", "ROT Rotterdam-Rijnmond", "ROT Rotterdam-Rijnmond (regional operational team)"),
 ("hbr", "havenbedrijf", "vr-rotterdam-rijnmond", "Havenbedrijf Rotterdam / havenmeester", "Port of Rotterdam Authority / harbour master"),
 ("vz-gz", "voorzitter-vr", "vr-gelderland-zuid", "Voorzitter veiligheidsregio Gelderland-Zuid (RBT)", "Chair of Gelderland-Zuid safety region (RBT)"),
 ("rot-gz", "rot", "vr-gelderland-zuid", "ROT Gelderland-Zuid", "ROT Gelderland-Zuid (regional operational team)"),
 ("ghor-gz", "ghor", "vr-gelderland-zuid", "GHOR Gelderland-Zuid", "GHOR Gelderland-Zuid (regional medical emergency organisation)"),
 ("gem-nijm", "gemeente", "vr-gelderland-zuid", "Gemeente Nijmegen (bevolkingszorg)", "City of Nijmegen (population care)"),
 ("politie", "politie", "vr-gelderland-zuid", "Politie (eenheid Oost-Nederland, met landelijke coördinatie)", "Police (East Netherlands unit, with national coordination)"),
 ("liander", "netbeheerder", "vr-gelderland-zuid", "Liander (regionale netbeheerder)", "Liander (distribution system operator)"),
 ("vitens", "drinkwater", "vr-gelderland-zuid", "Vitens (drinkwaterbedrijf)", "Vitens (drinking-water company)"),
 ("roaz-oost", "roaz", "roaz-oost", "ROAZ Acute Zorgregio Oost", "ROAZ Acute Zorgregio Oost (acute care network East)"),
 ("roaz-zwn", "roaz", "roaz-zuidwest", "ROAZ Zuidwest-Nederland", "ROAZ South-West Netherlands"),
 ("lcps", "lcps", None, "LCPS (Landelijk Coördinatiecentrum Patiënten Spreiding)", "LCPS (national patient spreading centre)"),
 ("lnaz", "lnaz", None, "LNAZ (Landelijk Netwerk Acute Zorg)", "LNAZ (national acute care network)"),
 ("vws", "vws", None, "Crisisteam VWS", "Ministry of Health crisis team (VWS)"),
 ("dosco", "defensie", None, "Defensie – DOSCO / Defensie Gezondheidszorg", "Defence – DOSCO / Defence Health Care"),
 ("kmar", "kmar", None, "Koninklijke Marechaussee", "Royal Marechaussee"),
 ("czsk", "czsk", None, "CZSK (Koninklijke Marine) / Kustwacht", "Royal Netherlands Navy / Coast Guard"),
 ("nctv", "nctv", None, "NCTV / NCC / NKC", "NCTV / National Crisis Centre / NKC"),
 ("locc", "locc", None, "LOCC", "LOCC (national operational coordination centre)"),
 ("mccb", "mccb", None, "MCCb (Ministeriële Commissie Crisisbeheersing)", "MCCb (ministerial crisis committee)"),
 ("prorail", "prorail", None, "ProRail (met IenW)", "ProRail (with the Ministry of Infrastructure)"),
 ("rws", "rws", None, "Rijkswaterstaat", "Rijkswaterstaat"),
 ("tennet", "tennet", None, "TenneT (landelijk netbeheerder)", "TenneT (transmission system operator)"),
 ("kpn", "telecom", None, "KPN (telecomaanbieder)", "KPN (telecom operator)"),
 ("coa", "coa", None, "COA", "COA (reception agency)"),
]
A5_ROLE_ALIAS = {"netbeheerder": "liander", "drinkwater": "vitens", "telecom": "kpn"}

A5_OBJECTIVES = [
 ("OBJ-BEELD", "BLR1", "P3",
  T("Een gedeeld, actueel beeld van de hybride dreiging opbouwen en delen tussen inlichtingendiensten, NCTV, veiligheidsregio’s en vitale partners.",
    "Build and share a common, current picture of the hybrid threat between intelligence services, NCTV, safety regions and vital partners."),
  T("Informatiemanagement en dreigingsbeeld", "Information management and threat picture"),
  [T("Dreigingsbeeld opstellen en delen via het NCC", "Compile the threat picture and share it through the NCC"),
   T("Incidenten duiden als mogelijk statelijk (sabotage, spionage)", "Assess incidents as possibly state-sponsored (sabotage, espionage)"),
   T("Vitale aanbieders tijdig informeren", "Inform vital operators in time")]),
 ("OBJ-COMMUNICATIE", "BLR1", "P3",
  T("Eenduidig en tijdig communiceren met de bevolking en desinformatie snel en geloofwaardig weerleggen.",
    "Communicate with the public clearly and in time, and counter disinformation quickly and credibly."),
  T("Crisiscommunicatie", "Crisis communication"),
  [T("Eén landelijke lijn via het NKC, regionaal afgestemd", "One national line through the NKC, aligned regionally"),
   T("Desinformatie weerleggen via de kanalen waar zij loopt", "Counter disinformation through the channels where it spreads"),
   T("Handelingsperspectief bieden, ook aan kwetsbare groepen", "Give guidance on what to do, also to vulnerable groups")]),
 ("OBJ-VITAAL", "BLR2", "P1",
  T("Vitale processen (energie, telecom) beschermen en bij uitval herstellen in een bewuste prioriteitsvolgorde.",
    "Protect vital processes (energy, telecom) and, after failure, restore them in a deliberate order of priority."),
  T("Continuïteit vitale infrastructuur", "Continuity of vital infrastructure"),
  [T("Waakzaamheid en beveiliging verhogen bij dreiging", "Raise vigilance and security under threat"),
   T("Herstelvolgorde vaststellen (ziekenhuizen, water, telecom)", "Set the restoration order (hospitals, water, telecom)"),
   T("Noodstroom en brandstof voor vitale afnemers borgen", "Secure backup power and fuel for vital users")]),
 ("OBJ-WATER", "BLR4", "P1",
  T("De drinkwatervoorziening in stand houden en bij uitval nooddrinkwater leveren (3 liter per persoon per dag).",
    "Keep the drinking-water supply going and supply emergency water (3 litres per person per day) when it fails."),
  T("Drinkwater en voedsel", "Drinking water and food"),
  [T("OT-netwerken beschermen", "Protect OT networks"),
   T("Nooddrinkwater organiseren met de gemeente", "Organise emergency drinking water with the municipality"),
   T("Geruchten over vergiftiging weerleggen met feiten", "Counter poisoning rumours with facts")]),
 ("OBJ-HNS", "BLR7", "P6",
  T("De doorvoer van bondgenootschappelijke troepen en materieel volgens plan mogelijk maken, met een aanvaardbaar niveau van civiel vervoer.",
    "Enable the transit of allied troops and materiel to plan, with an acceptable level of civil transport."),
  T("Host Nation Support en transport", "Host Nation Support and transport"),
  [T("Treinpaden en konvooiroutes toewijzen en de afweging vastleggen", "Allocate train paths and convoy routes and record the trade-off"),
   T("Omleiden bij sabotage of blokkades", "Reroute after sabotage or blockades"),
   T("Reizigers en verladers informeren", "Inform passengers and shippers")]),
 ("OBJ-TERRITORIUM", "BLR7", "P5",
  T("Eigen en bondgenootschappelijk grondgebied, militaire objecten en aanvoerlijnen beschermen tegen drones, verkenning en mijnen.",
    "Protect own and allied territory, military objects and supply lines against drones, reconnaissance and mines."),
  T("Bescherming grondgebied en militaire objecten", "Protection of territory and military objects"),
  [T("Counter-drone-inzet en luchthavenbesluiten", "Counter-drone operations and airport decisions"),
   T("Schaduwen van verdachte schepen", "Shadowing suspicious vessels"),
   T("Mijnenbestrijding en vaarwegbesluiten", "Mine countermeasures and fairway decisions")]),
 ("OBJ-GEWONDEN", "BLR5", "P2",
  T("Grote aantallen militaire en civiele gewonden opvangen zonder vermijdbare sterfte: tijdig opschalen, spreiden en schaarste verdelen.",
    "Receive large numbers of military and civilian casualties without preventable deaths: surge, spread and allocate scarcity in time."),
  T("Grootschalige gewondenzorg", "Mass-casualty care"),
  [T("IC-opschaling en afschaling planbare zorg tijdig inzetten", "Start ICU surge and cut planned care in time"),
   T("Patiënten spreiden via het LCPS, ook naar het buitenland", "Spread patients through the LCPS, also abroad"),
   T("Geneesmiddelen en personeel verdelen", "Allocate medicines and staff")]),
 ("OBJ-OPVANG", "BLR3", "P2",
  T("Ontheemden registreren en opvangen, op afstand van militaire routes.",
    "Register and shelter displaced people, away from military routes."),
  T("Opvang van ontheemden", "Reception of displaced people"),
  [T("Tijdig opvangplaatsen openen buiten de militaire routes", "Open reception places off the military routes in time"),
   T("Verkeersplannen waar opvang en routes elkaar raken", "Traffic plans where reception and routes meet"),
   T("Draagvlak bij omwonenden", "Support among local residents")]),
 ("OBJ-ORDE", "BLR1", "P3",
  T("De openbare orde handhaven met respect voor grondrechten: proportionele noodmaatregelen, dialoog en verantwoording.",
    "Maintain public order with respect for fundamental rights: proportionate emergency measures, dialogue and accountability."),
  T("Openbare orde en rechtsstaat", "Public order and rule of law"),
  [T("Afweging demonstratierecht en doorvoer vastleggen", "Record the balance between the right to protest and transit"),
   T("Noodverordening proportioneel begrenzen", "Keep emergency ordinances proportionate"),
   T("Schaarse politiecapaciteit verdelen", "Allocate scarce police capacity")]),
 ("OBJ-BESTUUR", "BLR1", "P3",
  T("Het openbaar bestuur laat besluitvaardigheid en democratische verantwoording zien, ook onder noodrecht.",
    "Government shows decisiveness and democratic accountability, also under emergency law."),
  T("Continuïteit van bestuur", "Continuity of government"),
  [T("Strategische doelen en besluiten vastleggen (besluitenlogboek)", "Record strategic goals and decisions (decision log)"),
   T("Noodrecht gemotiveerd inzetten en weer afbouwen", "Use emergency law with reasons and scale it back again"),
   T("Parlement tijdig informeren", "Inform parliament in time")]),
 ("OBJ-ECONOMIE", "BLR2", "P4",
  T("De economie en arbeidsmarkt weerbaar houden: brandstof, havenlogistiek en kritiek personeel verdelen tussen civiele en militaire behoeften.",
    "Keep the economy and labour market resilient: allocate fuel, port logistics and critical staff between civil and military needs."),
  T("Weerbare economie en schaarsteverdeling", "Resilient economy and allocation of scarcity"),
  [T("Vrijstellingen voor vitale functies", "Exemptions for vital jobs"),
   T("Brandstofrantsoenering en prioritering", "Fuel rationing and prioritisation"),
   T("Havenlogistiek bij cyberaanvallen", "Port logistics under cyber attack")]),
]

A5_PHASES = [
 ("p1", "D-14 00:00", 240, T("Fase 1 – Grijze zone: hybride druk", "Phase 1 – Grey zone: hybrid pressure")),
 ("p2", "D-7 00:00", 240, T("Fase 2 – Escalatie en doorvoer", "Phase 2 – Escalation and transit")),
 ("p3", "D 00:00", 120, T("Fase 3 – Artikel 5 en gewondeninstroom", "Phase 3 – Article 5 and casualty influx")),
 ("p4", "D+8 00:00", 360, T("Fase 4 – Langdurige ontwrichting en herstel", "Phase 4 – Long disruption and recovery")),
]

A5_DECISION = {  # draft name -> real decision type
 "rail-priority": "prioritise-military-trains", "reroute-train": "reroute-military-trains",
 "exempt-reservists": "exempt-critical-staff", "icu-surge": "raise-icu-surge", "reroute-convoy": "reroute-convoys",
 "transfer-abroad": "spread-patients-abroad", "restoration-order": "set-restoration-order", "nl-alert": "issue-nl-alert",
 "emergency-water": "emergency-drinking-water", "divert-cargo": "divert-commercial-cargo",
 "open-reception": "open-reception-site", "request-guarding": "request-military-support",
}
A5_MATCH = {  # real decision type -> default match
 "prioritise-military-trains": {"corridor": "rail-betuweroute"},
 "reroute-military-trains": {"from": "rail-betuweroute"},
 "exempt-critical-staff": {"sector": "care"},
 "reroute-convoys": {"from": "road-a1"},
 "spread-patients-abroad": {"bedClass": "burn"},
 "emergency-drinking-water": {"region": "vr-gelderland-zuid"},
 "divert-commercial-cargo": {"port": "port-rotterdam"},
 "close-airport": {"airport": "airport-eindhoven"},
 "reopen-airport": {"airport": "airport-eindhoven"},
}
A5_CONDITION = {  # draft indicator -> (real id, factor)
 "trust-index": ("society.trustNational", 100), "military-throughput-ratio": ("transport.throughputVsPlan", 100),
 "icu-occupancy": ("health.icuOccupancy", 100), "patients-waiting-24h": ("health.waitingOver24hNational", 1),
 "preventable-deaths": ("health.preventableDeaths", 1), "masts-up": ("telecom.mastsUp", 100),
 "load-served": ("energy.loadServed", 100), "people-without-water": ("water.peopleWithoutWater", 1),
 "reception-occupancy": ("displaced.receptionOccupancy", 100), "route-conflicts": ("displaced.routeConflicts", 1),
 "fuel-stock-days": ("economy.fuelStockDays", 1), "medicine-stock-days": ("health.medicineStockDays", 1),
 "planned-care-backlog": ("health.plannedCareCancelled", 1),
}

# per-inject fixes of the draft's expected actions, recipients and effects
def a5_fix(inj):
    i = inj["id"]; exp = inj["expected"]
    def repl(old, new_list):
        out = []
        for e in exp:
            if e.get("decision") == old: out.extend(new_list)
            else: out.append(e)
        inj["expected"] = out
    def dec(t, role, dl, **m): return {"decision": t, "role": role, "deadline": dl, "match": m}
    if i == "A5-117": exp.append(dec("raise-vigilance", "hbr", "12h"))
    if i == "A5-201": exp.append(dec("reserve-berth", "hbr", "12h", port="port-rotterdam"))
    if i == "A5-207": exp.append(dec("investigate-sabotage", "politie", "4h", region="vr-gelderland-zuid"))
    if i == "A5-208": exp.append(dec("divert-commercial-cargo", "hbr", "12h", port="port-rotterdam"))
    if i == "A5-221":
        inj["to"] = inj["to"]
        exp.insert(0, dec("address-the-nation", "mccb", "3h"))
    if i == "A5-201": exp.append(dec("call-up-reservists", "dosco", "24h"))
    if i == "A5-318": exp.append(dec("open-noodsteunpunten", "gem-nijm", "6h", region="vr-gelderland-zuid"))
    if i == "A5-413": exp.append(dec("resume-planned-care", "roaz-zwn", "72h", region="roaz-zuidwest"))
    if i == "A5-304": exp.append(dec("cut-planned-care", "roaz-oost", "12h", region="roaz-oost"))
    if i == "A5-306": exp.append(dec("cut-planned-care", "roaz-oost", "6h", region="roaz-oost"))
    if i == "A5-308": exp.append(dec("cut-planned-care", "roaz-zwn", "12h", region="roaz-zuidwest"))
    if i == "A5-102": exp.append(dec("raise-vigilance", "kpn", "24h"))
    if i == "A5-409": exp.append({"manual": T("Leid het dataverkeer om via de resterende zeekabels en meld de restcapaciteit aan het NCC.",
                                              "Reroute data traffic over the remaining subsea cables and report remaining capacity to the NCC."),
                                  "role": "kpn", "deadline": "6h"})
    if i == "A5-317": exp.append({"manual": T("Zet herstelploegen eerst in op de stations die ziekenhuizen, drinkwater en masten voeden en meld de verwachte hersteltijd per fase.",
                                              "Send repair crews first to the substations feeding hospitals, drinking water and masts, and report the expected restoration time per stage."),
                                  "role": "liander", "deadline": "4h"})
    if i == "A5-331": exp.append({"manual": T("Zorg voor begeleiding en activiteiten op de locatie en een aanspreekpunt voor omwonenden.",
                                              "Provide supervision and activities on site and a contact point for local residents."),
                                  "role": "coa", "deadline": "24h"})
    if i == "A5-410": exp.append(dec("escort-convoys", "kmar", "12h", corridor="road-a15-a12"))
    if i == "A5-102":
        exp.insert(0, dec("set-threat-level", "nctv", "12h", level="elevated"))
    if i == "A5-103":
        inj["effects"] = [{"event": "survey-vessel", "params": {"hours": 12}}]
        inj["to"] = ["czsk", "kmar", "nctv", "tennet", "hbr"]
        for e in exp:
            if e["role"] == "kmar": e["role"] = "czsk"
        exp.append(dec("raise-vigilance", "tennet", "12h"))
    if i == "A5-105":
        inj["effects"] = [{"event": "drone-sighting", "params": {"airport": "airbase-volkel", "hours": 3}},
                          {"event": "drone-sighting", "params": {"airport": "airport-eindhoven", "hours": 2.5}, "delay": "15m"}]
        exp[0] = dec("counter-drone", "kmar", "2h", airport="airbase-volkel")
    if i == "A5-106":
        exp[0] = dec("counter-drone", "kmar", "2h", airport="airport-eindhoven")
    if i == "A5-309":
        inj["trigger"] = {"condition": {"indicator": "health.burnFreeBeds", "scope": "NL", "op": "<", "value": 1, "for_": "2h"}}
    if i == "A5-107":
        inj["effects"] = [{"event": "disinformation-wave", "params": {"topic": "generic", "strength": 0.4}}]
        exp[0]["match"] = {"topic": "generic"}
    if i == "A5-108":
        inj["effects"] = [{"event": "ddos", "params": {"target": "municipal", "hours": 8}},
                          {"event": "ddos", "params": {"target": "public-transport", "hours": 6}}]
        exp.append(dec("issue-cyber-advice", "nctv", "6h"))
    if i == "A5-109":
        inj["effects"] = []
        exp.insert(0, dec("isolate-ot-networks", "vitens", "6h"))
    if i == "A5-110":
        inj["effects"] = [{"event": "disinformation-wave", "params": {"topic": "army-requisition", "strength": 0.6}}]
        exp[0]["match"] = {"topic": "army-requisition"}
    if i == "A5-111":
        inj["trigger"]["afterDecision"]["match"] = {"topic": "army-requisition"}
    if i == "A5-112":
        inj["to"] = ["nctv", "mccb"]
        repl("public-message", [dec("address-the-nation", "mccb", "8h")])
    if i == "A5-113":
        repl("request-military-support", [dec("request-military-support", "vz-rr", "24h", node="rotterdam-rijnmond-power")])
        exp.append(dec("raise-vigilance", "tennet", "12h"))
    if i == "A5-114":
        inj["effects"] = [{"event": "staff-data-leak", "params": {}}]
    if i == "A5-115":
        exp.append(dec("reserve-berth", "hbr", "48h", port="port-rotterdam"))
    if i == "A5-117":
        inj["effects"] = [{"event": "gnss-jamming", "params": {"region": "vr-rotterdam-rijnmond", "hours": 36}}]
    if i == "A5-201":
        inj["effects"] = [{"event": "deployment-plan", "params": {"items": 1300, "days": 4, "port": "port-rotterdam"}}]
    if i == "A5-206":
        inj["effects"] = [{"event": "rail-cable-cut", "params": {"corridor": "rail-betuweroute", "hours": 8}}]
        exp.append(dec("investigate-sabotage", "politie", "6h", region="vr-gelderland-zuid"))
    if i == "A5-208":
        inj["effects"] = []
    if i == "A5-209":
        inj["effects"] = [{"event": "protest", "params": {"region": "vr-rotterdam-rijnmond", "corridor": "road-a15-a12", "hours": 24}, "delay": "19h"}]
        exp[0]["match"] = {"region": "vr-rotterdam-rijnmond"}
        exp.append(dec("escort-convoys", "kmar", "18h", corridor="road-a15-a12"))
        inj["to"] = ["vz-rr", "politie", "rot-rr", "kmar"]
    if i == "A5-211":
        inj["effects"] = []
    if i == "A5-213":
        exp[1] = dec("cut-planned-care", "roaz-oost", "24h", region="roaz-oost")
    if i == "A5-215":
        repl("public-message", [dec("preparedness-campaign", "nctv", "24h")])
    if i == "A5-216":
        inj["effects"] = [{"event": "run-on-shops", "params": {"region": "vr-gelderland-zuid"}}]
        repl("public-message", [{"manual": T("Doe samen met de supermarkten een publieke oproep om normaal boodschappen te doen en leg uit dat de aanvoer doorgaat.",
                                               "Make a public appeal, together with the supermarkets, to shop normally and explain that supplies continue."),
                                  "role": "vz-gz", "deadline": "6h"}])
    if i == "A5-217":
        inj["effects"] = [{"event": "deployment-plan", "params": {"items": 700, "days": 4, "port": "port-eemshaven"}}]
        exp.append(dec("escort-convoys", "kmar", "12h", corridor="road-a7"))
    if i == "A5-219":
        inj["effects"] = [{"event": "drone-sighting", "params": {"airport": "airport-rotterdam", "hours": 2}, "delay": "15m"}]
        exp.insert(0, dec("counter-drone", "kmar", "3h", airport="airport-rotterdam"))
    if i == "A5-301":
        inj["effects"] = [{"event": "article5-invoked", "params": {}}]
    if i == "A5-304":
        inj["effects"] = [{"event": "casualty-inflow", "params": {"perDay": 150, "days": 7}, "delay": "20h"}]
        exp[0]["match"] = {}
        exp.insert(1, dec("raise-icu-surge", "lnaz", "12h"))
    if i == "A5-305":
        exp.append(dec("route-hospital-trains", "dosco", "6h"))
        inj["effects"] = [{"event": "casualty-wave", "params": {"count": 140, "region": "roaz-oost", "mode": "train", "military": True}, "delay": "30m"}]
    if i == "A5-307":
        exp[1]["match"] = {"region": "roaz-oost"}
    if i == "A5-313":
        inj["effects"] = [{"event": "hospital-train-delay", "params": {"hours": 5}},
                          {"event": "casualty-wave", "params": {"count": 146, "region": "roaz-oost", "mode": "train", "military": True}, "delay": "5h"},
                          {"event": "casualty-inflow", "params": {"perDay": 350, "days": 4}, "delay": "2h"}]
        repl("reroute-train", [dec("route-hospital-trains", "dosco", "2h")])
    if i == "A5-314":
        inj["effects"] = [{"event": "power-outage", "params": {"region": "vr-gelderland-zuid", "hours": 10}},
                          {"event": "cyber-attack", "params": {"node": "gelderland-zuid-water", "hours": 24}, "delay": "1h"}]
        exp[1]["match"] = {"region": "vr-gelderland-zuid"}
    if i == "A5-315":
        exp[0]["match"] = {"region": "vr-gelderland-zuid"}
        exp.insert(1, dec("deploy-mobile-masts", "kpn", "4h", region="vr-gelderland-zuid"))
    if i == "A5-316":
        inj["expected"] = [dec("prioritise-vulnerable-care", "ghor-gz", "3h", region="vr-gelderland-zuid"),
                           dec("deliver-generator-fuel", "rot-gz", "6h", region="vr-gelderland-zuid")] + exp[1:]
    if i == "A5-317":
        exp[0]["match"] = {"node": "gelderland-zuid-power"}
        exp.insert(1, dec("deliver-generator-fuel", "locc", "6h", region="vr-gelderland-zuid"))
    if i == "A5-319":
        inj["trigger"]["afterDecision"]["match"] = {"region": "vr-gelderland-zuid"}
    if i == "A5-321":
        inj["effects"] = [{"event": "disinformation-wave", "params": {"topic": "water-poisoned", "strength": 0.8, "region": "vr-gelderland-zuid"}}]
        exp[0]["match"] = {"topic": "water-poisoned"}
        exp[1]["match"] = {"region": "vr-gelderland-zuid", "message": "denial"}
        exp.insert(2, dec("counter-disinformation", "vitens", "3h", topic="water-poisoned"))
    if i == "A5-322":
        inj["effects"] = [{"event": "terminal-cyber-attack", "params": {"port": "port-rotterdam", "days": 4}}]
    if i == "A5-323":
        inj["effects"] = [{"event": "refugee-inflow", "params": {"perDay": 2000, "days": 21}}]
        exp[0]["match"] = {"offRoute": True}
    if i == "A5-325":
        exp.insert(0, dec("traffic-plan-displaced", "politie", "4h", region="vr-gelderland-zuid"))
    if i == "A5-327":
        repl("public-message", [dec("address-the-nation", "mccb", "12h")])
    if i == "A5-328":
        inj["effects"] = [{"event": "protest", "params": {"region": "vr-rotterdam-rijnmond", "hours": 12}}]
        repl("allocate-capacity", [dec("counter-disinformation", "vz-rr", "6h", topic="generic")])
        inj["to"] = ["vz-rr", "rot-rr", "politie", "locc"]
    if i == "A5-401":
        inj["effects"] = [{"event": "fuel-shortage", "params": {"days": 20}},
                          {"event": "casualty-inflow", "params": {"perDay": 100, "days": 6}},
                          {"event": "deployment-plan", "params": {"items": 2400, "days": 12, "port": "port-vlissingen"}}]
    if i == "A5-402":
        exp[0]["match"] = {}
    if i == "A5-404":
        exp[1]["match"] = {}
    if i == "A5-405":
        inj["effects"] = [{"event": "medicine-shortage", "params": {"days": 15}}]
    if i == "A5-407":
        inj["effects"] = [{"event": "staff-exhaustion", "params": {"region": "roaz-oost", "share": 0.1}}]
        exp[0]["match"] = {"region": "roaz-oost"}
    if i == "A5-408":
        inj["effects"] = [{"event": "payment-outage", "params": {"region": "vr-gelderland-zuid", "hours": 24}}]
    if i == "A5-409":
        inj["effects"] = [{"event": "subsea-cable-damage", "params": {"node": "nl-cable-britned", "days": 120, "shortfall": 0.1}}]
    if i == "A5-410":
        inj["effects"] = [{"event": "protest", "params": {"region": "vr-rotterdam-rijnmond", "corridor": "road-a15-a12", "hours": 24}}]
        exp[0]["match"] = {"region": "vr-rotterdam-rijnmond"}
    if i == "A5-412":
        inj["effects"] = [{"event": "casualty-inflow", "params": {"perDay": 200, "days": 5}}]
        exp[0]["match"] = {}
    if i == "A5-414":
        exp[0]["match"] = {}

WZ_ROLES = [
 ("roaz-oost", "roaz", "roaz-oost", "ROAZ Acute Zorgregio Oost", "ROAZ Acute Zorgregio Oost (acute care network East)"),
 ("roaz-euregio", "roaz", "roaz-euregio", "ROAZ Acute Zorg Euregio (Twente)", "ROAZ Acute Zorg Euregio (Twente)"),
 ("zh-radboud", "ziekenhuis", "roaz-oost", "Crisisteam Radboudumc (traumacentrum)", "Radboudumc crisis team (trauma centre)"),
 ("lcps", "lcps", None, "LCPS (Landelijk Coördinatiecentrum Patiënten Spreiding)", "LCPS (national patient spreading centre)"),
 ("lnaz", "lnaz", None, "LNAZ (Landelijk Netwerk Acute Zorg)", "LNAZ (national acute care network)"),
 ("vws", "vws", None, "Crisisteam VWS", "Ministry of Health crisis team (VWS)"),
 ("dosco", "defensie", None, "Defensie Gezondheidszorg / DOSCO", "Defence Health Care / DOSCO"),
 ("ghor-gz", "ghor", "vr-gelderland-zuid", "GHOR Gelderland-Zuid", "GHOR Gelderland-Zuid (regional medical emergency organisation)"),
 ("rav-gz", "rav", "vr-gelderland-zuid", "RAV Gelderland-Zuid (ambulancezorg)", "Gelderland-Zuid ambulance service"),
 ("vvt-gz", "vvt", "vr-gelderland-zuid", "VVT-organisaties Gelderland-Zuid", "Nursing and home-care organisations, Gelderland-Zuid"),
 ("liander", "netbeheerder", "vr-gelderland-zuid", "Liander (regionale netbeheerder)", "Liander (distribution system operator)"),
 ("rot-gz", "rot", "vr-gelderland-zuid", "ROT Gelderland-Zuid", "ROT Gelderland-Zuid (regional operational team)"),
 ("vz-gz", "voorzitter-vr", "vr-gelderland-zuid", "Voorzitter veiligheidsregio Gelderland-Zuid", "Chair of Gelderland-Zuid safety region"),
]
WZ_OBJECTIVES = [
 ("WZ-OBJ-CAPACITEIT", "BLR5", "P2",
  T("Tijdig IC- en beddencapaciteit opschalen en planbare zorg gecoördineerd afschalen.", "Surge ICU and bed capacity in time and cut planned care in a coordinated way."),
  T("Opschaling zorgcapaciteit", "Surge of care capacity"),
  [T("IC-opschalingsstap besluiten", "Decide the ICU surge step"), T("Planbare zorg regionaal afschalen", "Cut planned care regionally"),
   T("Capaciteitsbeeld delen", "Share the capacity picture")]),
 ("WZ-OBJ-SPREIDING", "BLR5", "P2",
  T("Patiënten tijdig spreiden over regio’s en naar het buitenland, zodat niemand vermijdbaar wacht of overlijdt.", "Spread patients over regions and abroad in time so nobody waits or dies avoidably."),
  T("Patiëntenspreiding", "Patient spreading"),
  [T("Spreiden bij IC boven 90%", "Spread when ICU is above 90%"), T("Brandwondenpatiënten naar het buitenland", "Burn patients abroad"),
   T("Treinen routeren naar regio’s met ruimte", "Route trains to regions with room")]),
 ("WZ-OBJ-VERVOER", "BLR5", "P2",
  T("Patiëntenvervoer bij aankomst en overplaatsing organiseren zonder de 112-dekking te verliezen.", "Organise patient transport on arrival and for transfers without losing 112 coverage."),
  T("Geneeskundige hulpverlening en vervoer", "Medical response and transport"),
  [T("Ambulancecapaciteit opschalen", "Scale up ambulance capacity"), T("Verdeelpunt bij het emplacement", "Distribution point at the yard"),
   T("Prioriteit bij concurrerende stromen", "Priority between competing flows")]),
 ("WZ-OBJ-KETEN", "BLR2", "P1",
  T("De zorgketen (ziekenhuizen, VVT, huisartsen) laten doorwerken bij uitval van stroom en telecom.", "Keep the care chain (hospitals, nursing homes, GPs) working when power and telecom fail."),
  T("Continuïteit zorgketen bij uitval", "Continuity of the care chain during outages"),
  [T("Herstelvolgorde met zorg als prioriteit", "Restoration order with care as priority"), T("Kwetsbare cliënten prioriteren", "Prioritise vulnerable clients"),
   T("Brandstof voor noodstroom", "Fuel for backup power")]),
 ("WZ-OBJ-SCHAARSTE", "BLR5", "P4",
  T("Schaarse geneesmiddelen en schaars personeel eerlijk en tijdig verdelen.", "Allocate scarce medicines and staff fairly and in time."),
  T("Verdeling van schaarste", "Allocation of scarcity"),
  [T("Strategische voorraad vrijgeven", "Release the strategic stock"), T("Vrijstelling kritieke functies", "Exempt critical jobs"),
   T("Zorgreserve inzetten", "Deploy the care reserve")]),
 ("WZ-OBJ-CIVMIL", "BLR5", "P6",
  T("De civiel-militaire patiëntenstroom (Role 4) soepel laten verlopen en verzoeken van bondgenoten afgewogen beantwoorden.", "Run the civil-military patient flow (Role 4) smoothly and answer allied requests with a considered trade-off."),
  T("Civiel-militaire samenwerking in de zorg", "Civil-military cooperation in care"),
  [T("Calamiteitenhospitaal als buffer", "Calamiteitenhospitaal as buffer"), T("Bondgenootpatiënten accepteren of weigeren met onderbouwing", "Accept or decline allied patients with reasons"),
   T("Liaison tussen MPCC en LCPS", "Liaison between the MPCC and the LCPS")]),
 ("WZ-OBJ-COMMUNICATIE", "BLR1", "P3",
  T("Patiënten, families en publiek eerlijk en tijdig informeren over uitgestelde zorg en de opvang van gewonden.", "Inform patients, families and the public honestly and in time about postponed care and casualty reception."),
  T("Crisiscommunicatie zorg", "Crisis communication in care"),
  [T("Eén publiekslijn over uitgestelde zorg", "One public line on postponed care"), T("Familie-informatie", "Information for families"),
   T("Privacy van patiënten", "Patient privacy")]),
]
WZ_PHASES = [
 ("dag1", "D 06:00", 30, T("Dag 1 – Waarschuwing", "Day 1 – Warning")),
 ("dag2", "D+1 00:00", 30, T("Dag 2 – Eerste treinen", "Day 2 – First trains")),
 ("dag3", "D+2 00:00", 30, T("Dag 3 – Cascade: stroom en telecom", "Day 3 – Cascade: power and telecom")),
 ("dag4", "D+3 00:00", 30, T("Dag 4 – Schaarste", "Day 4 – Scarcity")),
 ("dag5", "D+4 00:00", 30, T("Dag 5 – Volhouden", "Day 5 – Sustain")),
]

def wz_fix(inj):
    i = inj["id"]
    for e in inj["expected"]:
        if e.get("role") == "zh-radboud" and e.get("decision") == "cut-planned-care": pass
    if i == "WZ-204":
        inj["expected"].append({"decision": "cut-planned-care", "role": "roaz-euregio", "deadline": "6h", "match": {"region": "roaz-euregio"}})
    if i == "WZ-206":
        inj["expected"].append({"manual": T("Activeer de grensoverschrijdende afspraken met de ziekenhuizen in Münster en Nordhorn en meld beschikbare bedden aan het LCPS.",
                                            "Activate the cross-border agreements with the hospitals in Münster and Nordhorn and report available beds to the LCPS."),
                                "role": "roaz-euregio", "deadline": "6h"})
    if i == "WZ-310":
        inj["expected"].append({"manual": T("Geef het ROT per herstelfase de verwachte tijd en welke zorglocaties erin vallen.",
                                            "Give the ROT the expected time of each restoration stage and which care sites it covers."),
                                "role": "liander", "deadline": "2h"})
    if i == "WZ-301":
        inj["expected"].append({"decision": "call-up-reservists", "role": "dosco", "deadline": "24h", "match": {}})
    if i == "WZ-105":
        inj["expected"][0]["deadline"] = "72h"
    if i == "WZ-201":
        inj["effects"] = [{"event": "casualty-inflow", "params": {"perDay": 150, "days": 2}, "delay": "18h"}]
    if i == "WZ-301":
        inj["effects"] = [{"event": "casualty-inflow", "params": {"perDay": 350, "days": 2}}]
    if i == "WZ-401":
        inj["effects"] = [{"event": "medicine-shortage", "params": {"days": 14}}]
    if i == "WZ-302":
        for e in inj["expected"]:
            if e.get("decision") == "issue-nl-alert": e["match"] = {"region": "vr-gelderland-zuid"}
    if i == "WZ-305":
        pass


def MAP(nl, en, lat, lon): return {"kind": "map", "label": T(nl, en), "lat": lat, "lon": lon}
def DOC(lnl, len_, tnl, ten): return {"kind": "document", "label": T(lnl, len_), "text": T(tnl, ten)}
ATTACH = {
 "A5-103": [MAP("Positie AKADEMIK ORLOV boven exportkabels Hollandse Kust Zuid", "Position of AKADEMIK ORLOV over the Hollandse Kust Zuid export cables", 52.30, 4.05)],
 "A5-105": [MAP("Vliegbasis Volkel", "Volkel Air Base", 51.657, 5.708)],
 "A5-113": [MAP("380 kV-station Maasvlakte", "Maasvlakte 380 kV substation", 51.956, 4.035)],
 "A5-115": [MAP("HNS-verzamelgebied Maasvlakte", "Maasvlakte HNS staging area", 51.956, 4.024)],
 "A5-206": [MAP("Knooppunt Valburg, Betuweroute", "Valburg junction, Betuweroute", 51.912, 5.790)],
 "A5-209": [MAP("Maasvlakteweg (N15), aangekondigde blokkade", "Maasvlakte access road (N15), announced blockade", 51.935, 4.100)],
 "A5-220": [DOC("Notitie BZK: drie routes in het staatsnoodrecht", "BZK memo: three routes in emergency law",
    "Route 1: geen uitzonderingstoestand; reguliere bevoegdheden en Wet veiligheidsregio’s. Route 2: beperkte noodtoestand via de Coördinatiewet uitzonderingstoestanden; per noodwet in werking stellen (bijvoorbeeld vorderingen, voorrang vervoer, distributie). Route 3: algemene noodtoestand. Voor elke route: onverwijld besluit aan de Staten-Generaal; verlengingsvoorstel binnen de wettelijke termijn; motivering per bevoegdheid (noodzaak, proportionaliteit, duur).",
    "Route 1: no state of exception; regular powers and the Safety Regions Act. Route 2: limited state of emergency via the Coordination Act on States of Exception; activate emergency laws one by one (for example requisitioning, transport priority, distribution). Route 3: general state of emergency. For every route: decision put before parliament without delay; extension bill within the statutory term; reasons per power (necessity, proportionality, duration).")],
 "A5-222": [MAP("Vermoedelijke mijn nabij de Maasgeul", "Suspected mine near the Maas approach channel", 52.00, 3.95)],
 "A5-305": [MAP("Emplacement Nijmegen (uitlaadlocatie hospitaaltrein)", "Nijmegen yard (hospital-train unloading site)", 51.843, 5.853)],
 "A5-313": [MAP("Station Ede-Wageningen", "Ede-Wageningen station", 52.027, 5.671)],
 "A5-314": [MAP("Hoogspanningsstation Dodewaard", "Dodewaard high-voltage substation", 51.913, 5.650)],
 "A5-316": [MAP("Verpleeghuis De Vijverhof, Wijchen", "De Vijverhof nursing home, Wijchen", 51.809, 5.725)],
 "A5-325": [MAP("Noodopvang Heumensoord langs de A73", "Heumensoord emergency shelter next to the A73", 51.805, 5.880)],
 "A5-409": [MAP("Sleepspoor MARLIN STAR over het BritNed-tracé", "MARLIN STAR's drag track over the BritNed route", 51.90, 3.40)],
 "WZ-202": [MAP("Emplacement Nijmegen", "Nijmegen yard", 51.843, 5.853)],
 "WZ-204": [MAP("Station Hengelo", "Hengelo station", 52.262, 6.794)],
 "WZ-302": [MAP("150/10 kV-station Nijmegen-Noord", "Nijmegen-Noord 150/10 kV substation", 51.860, 5.860)],
 "WZ-304": [MAP("Verpleeghuis De Linde, Wijchen", "De Linde nursing home, Wijchen", 51.806, 5.730)],
 "WZ-309": [MAP("Hospitaaltrein 5 bij Elst", "Hospital train 5 near Elst", 51.919, 5.848)],
 "WZ-503": [MAP("Station Nijmegen, busstation", "Nijmegen station, bus station", 51.843, 5.853)],
}


HEALTH_OBJ = {"OBJ-GEWONDEN", "WZ-OBJ-CAPACITEIT", "WZ-OBJ-SPREIDING", "WZ-OBJ-VERVOER", "WZ-OBJ-SCHAARSTE", "WZ-OBJ-CIVMIL"}

def controller(inj):
    if inj["channel"] in ("news", "social-media"):
        return "Mediacel (media cell)"
    if inj["channel"] == "situation-report":
        return "Oefenleiding (exercise control)"
    if inj["objective"] in HEALTH_OBJ:
        return "Tegenspel zorg (health response cell)"
    return "Tegenspel (response cell)"

def notes(inj):
    t = inj["trigger"]
    if "condition" in t:
        c = t["condition"]
        dur = f' gedurende {c["for"]}' if "for" in c else ""
        dur_en = f' for {c["for"]}' if "for" in c else ""
        return (f'Toestandsinject: komt alleen als {c["indicator"]} ({c["scope"]}) {c["op"]} {c["value"]}{dur}. '
                f'Blijft het uit, bespreek dan in de nabespreking welk besluit dat voorkwam. | '
                f'State-triggered: arrives only when {c["indicator"]} ({c["scope"]}) {c["op"]} {c["value"]}{dur_en}. '
                f'If it never comes, discuss in the debrief which decision prevented it.')
    if "afterDecision" in t:
        a = t["afterDecision"]
        who = f' door {a["role"]}' if "role" in a else ""
        who_en = f' by {a["role"]}' if "role" in a else ""
        return (f'Besluitinject: volgt {t["delay"]} na het besluit {a["type"]}{who}; zonder dat besluit komt het niet. | '
                f'Decision-triggered: follows {t["delay"]} after the decision {a["type"]}{who_en}; without that decision it does not come.')
    if "afterInject" in t:
        return (f'Vervolg op {t["afterInject"]} (na {t["delay"]}). | Follow-up to {t["afterInject"]} (after {t["delay"]}).')
    return None

# ---------------------------------------------------------------- conversion
def convert_trigger(t, decmap):
    if "at" in t: return {"at": t["at"]}
    if "condition" in t:
        c = dict(t["condition"])
        if c["indicator"] in A5_CONDITION:
            rid, f = A5_CONDITION[c["indicator"]]
            c["indicator"] = rid
            c["value"] = round(c["value"] * f, 4) if f != 1 else c["value"]
        v = c["value"]
        if isinstance(v, float) and v.is_integer(): v = int(v)
        out = {"indicator": c["indicator"], "scope": c["scope"], "op": c["op"], "value": v}
        if c["scope"] == "roaz-zwn": out["scope"] = "roaz-zuidwest"
        if "for" in c: out["for"] = c["for"]
        if "for_" in c: out["for"] = c["for_"]
        if "rearm" in c: out["rearm"] = c["rearm"]
        return {"condition": out}
    if "afterDecision" in t:
        d = t["afterDecision"]
        ref = {"type": decmap.get(d["decision"], d["decision"])}
        if d.get("role"): ref["role"] = d["role"]
        if d.get("match"): ref["match"] = d["match"]
        return {"afterDecision": ref, "delay": d["delay"]}
    if "afterInject" in t:
        return {"afterInject": t["afterInject"]["inject"], "delay": t["afterInject"]["delay"]}
    raise ValueError(t)

CHANNEL = {"sitrep": "situation-report", "mail": "mail", "phone": "phone", "news": "news", "social": "social-media",
           "nl-alert": "nl-alert", "liaison": "liaison"}

def convert(drafts, role_ids, alias, decmap, matchmap, fix, phase_of):
    by_phase = {}
    for d in drafts:
        d = copy.deepcopy(d)
        # normalise draft expected/trigger names first
        for e in d["expected"]:
            if "decision" in e:
                e["decision"] = decmap.get(e["decision"], e["decision"])
                m = dict(e.get("match") or {})
                if "fromRegion" in m: m["from"] = m.pop("fromRegion")
                if not m and e["decision"] in matchmap: m = dict(matchmap[e["decision"]])
                e["match"] = m
        if "afterDecision" in d["trigger"]:
            ad = d["trigger"]["afterDecision"]
            ad["decision"] = decmap.get(ad["decision"], ad["decision"])
        fix(d)
        rec = []
        for r in d["to"]:
            if r == "ALL": rec.extend(role_ids)
            else: rec.append(alias.get(r, r))
        rec = list(dict.fromkeys(rec))
        inj = {"id": d["id"], "phase": d["phase"], "title": d["title"], "text": d["text"], "type": d["type"],
               "trigger": convert_trigger(d["trigger"], decmap), "recipients": rec, "channel": CHANNEL[d["channel"]],
               "sender": SENDERS[d["id"]], "pillars": d["pillars"], "elements": d["elements"], "objective": d["objective"]}
        acts = []
        for n, e in enumerate(d["expected"], 1):
            a = {"role": alias.get(e["role"], e["role"])}
            if "decision" in e:
                a["decision"] = e["decision"]
                if e.get("match"): a["match"] = e["match"]
            else:
                a["manual"] = e["manual"]
            a["deadline"] = e["deadline"]
            acts.append(a)
        if d["id"] in ATTACH:
            inj["attachments"] = ATTACH[d["id"]]
        inj["expectedActions"] = acts
        inj["controller"] = controller(inj)
        n = notes(inj)
        if n:
            inj["notes"] = n
        if d["effects"]:
            effs = []
            for f in d["effects"]:
                ef = {"type": f["event"], "params": f["params"]}
                if f.get("delay"): ef["delay"] = f["delay"]
                effs.append(ef)
            inj["effects"] = effs
        by_phase.setdefault(d["phase"], []).append(inj)
    return by_phase

def sort_key(inj):
    return inj["id"]

def build(meta, roles, objectives, phases, by_phase, extra_top):
    doc = {"$schema": "../docs/scenario.schema.json", "formatVersion": 1}
    doc.update(meta)
    doc["phases"] = [{"id": pid, "name": name, "start": start, "speed": speed} for pid, start, speed, name in phases]
    doc["roles"] = [dict({"id": r[0], "type": r[1]}, **({"region": r[2]} if r[2] else {}), name=T(r[3], r[4])) for r in roles]
    doc["reportingDelays"] = extra_top["reportingDelays"]
    doc["objectives"] = [{"id": o[0], "text": o[3], "blr": o[1], "pillar": o[2], "coreCapability": o[4], "criticalTasks": o[5]} for o in objectives]
    if "parameters" in extra_top:
        doc["parameters"] = extra_top["parameters"]
    order = ["id", "title", "text", "type", "trigger", "phase", "pillars", "elements", "recipients", "channel", "sender",
             "attachments", "expectedActions", "objective", "effects", "controller", "notes"]
    injects = []
    for pid, start, speed, name in phases:
        for x in sorted(by_phase.get(pid, []), key=sort_key):
            injects.append({k: x[k] for k in order if k in x})
    doc["injects"] = injects
    return doc

def main(outdir):
    a5_ids = [r[0] for r in A5_ROLES]
    a5 = convert(P1 + P2 + P3 + P4 + EXTRA, a5_ids, A5_ROLE_ALIAS, A5_DECISION, A5_MATCH, a5_fix, None)
    meta = {"id": "artikel5",
            "title": T("Artikel 5 – Nederland als doorvoerland onder hybride en militaire dreiging", "Article 5 – the Netherlands as a transit country under hybrid and military threat"),
            "description": T("Het scenario van de Kamerbrief over weerbaarheid tegen militaire en hybride dreigingen (december 2024): een militair conflict in Oost-Europa, bondgenootschappelijke verplichtingen, hybride dreiging, doorvoer van troepen en materieel, dreiging tegen vitale infrastructuur, langdurige ontwrichting en migratie- en gewondenstromen. Vier fasen van D-14 tot D+21; elke fase begint met een situatiebeeld en kan los worden gespeeld. Modelkeuze (AANNAME): de nationale brandstofvoorraad begint op 45 dagen normaal civiel verbruik in plaats van 90 (economy.fuel.stockDays 45), omdat in dit scenario een deel van de strategische voorraad eerder is vrijgegeven voor bondgenootschappelijke operaties; zo wordt rantsoenering in fase 4 een echte keuze. Desinformatie is hier een gecoördineerde statelijke campagne met botnetwerken en betaalde verspreiders: geruchten groeien twee keer zo snel en kosten meer vertrouwen dan de standaard (society.disinfo.growthPerHour 0,3; society.trust.disinfoLossPerHour 1,0), zodat het verschil tussen wel en niet weerleggen zichtbaar wordt.",
                             "The scenario of the December 2024 letter to parliament on resilience against military and hybrid threats: a military conflict in Eastern Europe, allied obligations, hybrid threats, transit of troops and materiel, threats to vital infrastructure, long disruption, and migration and casualty flows. Four phases from D-14 to D+21; each phase opens with a situation report and can be played on its own. Modelling choice (ASSUMPTION): the national fuel stock starts at 45 days of normal civil use instead of 90 (economy.fuel.stockDays 45), because in this scenario part of the strategic stock was released earlier for allied operations; this makes rationing a real decision in phase 4. Disinformation here is a coordinated state campaign with bot networks and paid spreaders: rumours grow twice as fast and cost more trust than the default (society.disinfo.growthPerHour 0.3; society.trust.disinfoLossPerHour 1.0), so the difference between countering and not countering shows."),
            "audience": T("Crisisteams van veiligheidsregio’s, vitale partners, zorgnetwerken, Defensie en departementen (RBT, ROT, GHOR, ROAZ, LCPS, NCTV, LOCC, MCCb).",
                          "Crisis teams of safety regions, vital partners, care networks, Defence and ministries (RBT, ROT, GHOR, ROAZ, LCPS, NCTV, LOCC, MCCb)."),
            "languages": ["nl", "en"], "start": "D-14 00:00", "duration": "35d"}
    top = {"reportingDelays": {"health": "2h", "transport": "2h", "infrastructure": "1h", "society": "6h", "displaced": "6h", "economy": "12h"},
           "parameters": {"economy.fuel.stockDays": 45, "society.disinfo.growthPerHour": 0.3, "society.trust.disinfoLossPerHour": 1.0}}
    doc = build(meta, A5_ROLES, A5_OBJECTIVES, A5_PHASES, a5, top)
    json.dump(doc, open(os.path.join(outdir, "artikel5.json"), "w"), ensure_ascii=False, indent=2)

    wz_ids = [r[0] for r in WZ_ROLES]
    wz = convert(WZ + WZX, wz_ids, {}, {}, {}, wz_fix, None)
    meta = {"id": "weerbare-zorg",
            "title": T("Weerbare zorg bij militaire dreiging – gewondeninstroom en uitval", "Resilient care under military threat – casualty influx and outages"),
            "description": T("Ketenbrede zorgoefening naar het voorbeeld van ‘Weerbare zorg bij militaire dreiging’ (VWS/Defensie) en de ketenoefening in Acute Zorgregio Oost: vijf gesimuleerde dagen van waarschuwing, eerste hospitaaltreinen, een cascade van stroom- en telecomuitval, schaarste en volhouden. Thema: in-, door- en uitstroom van patiënten en de gaten in de plannen. Modelkeuze (AANNAME): de voorraad kritieke geneesmiddelen in de keten begint op 21 dagen in plaats van 30 (health.medicine.stockDays 21), in lijn met de bestaande tekorten aan geneesmiddelen in Nederland.",
                             "Chain-wide health exercise modelled on 'Resilient care under military threat' (VWS/Defence) and the chain exercise in Acute Zorgregio Oost: five simulated days of warning, first hospital trains, a cascade of power and telecom failure, scarcity and sustaining. Theme: inflow, throughput and outflow of patients and the gaps in the plans. Modelling choice (ASSUMPTION): the chain's stock of critical medicines starts at 21 days instead of 30 (health.medicine.stockDays 21), in line with the medicine shortages the Netherlands already has."),
            "audience": T("ROAZ’en, LCPS, LNAZ, ziekenhuizen, GHOR, ambulancezorg, VVT, VWS en Defensie Gezondheidszorg; twee tafels (bestuurlijk-strategisch en tactisch-operationeel), 3-4 uur spelen.",
                          "ROAZ networks, LCPS, LNAZ, hospitals, GHOR, ambulance services, nursing homes, VWS and Defence Health Care; two tables (administrative-strategic and tactical-operational), 3-4 hours of play."),
            "languages": ["nl", "en"], "start": "D 06:00", "duration": "4d 16h"}
    top = {"reportingDelays": {"health": "1h", "infrastructure": "1h", "society": "4h", "economy": "12h"},
           "parameters": {"health.medicine.stockDays": 21}}
    doc = build(meta, WZ_ROLES, WZ_OBJECTIVES, WZ_PHASES, wz, top)
    json.dump(doc, open(os.path.join(outdir, "weerbare-zorg.json"), "w"), ensure_ascii=False, indent=2)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
