from common import *

WZX = [
I("WZ-109", "dag1", AI("WZ-105", "20h"), ["zh-radboud", "lcps", "dosco"], "liaison",
  None,
  "Poolse liaisons melden zich: taal, dossiers en familie",
  "Polish liaisons report: language, records and families",
  "Nu de eerste Poolse gewonden worden verwacht, melden zich twee Poolse liaisonofficieren bij het Militair Patiënten Coördinatiecentrum. Zij wijzen op drie knelpunten: medische dossiers zijn in het Pools en deels handgeschreven; veel patiënten spreken geen Engels; en families willen weten waar hun naasten liggen. Zij vragen om tolken per ziekenhuis, een centraal registratiepunt en afspraken over repatriëring zodra patiënten vervoerbaar zijn.",
  "Now that the first Polish casualties are expected, two Polish liaison officers report to the Military Patient Coordination Centre. They point to three problems: medical records are in Polish and partly handwritten; many patients speak no English; and families want to know where their relatives are. They ask for interpreters per hospital, a central registration point and agreements on repatriation once patients can be moved.",
  "information", ["P6", "P2"], ["E2", "E7"], "WZ-OBJ-CIVMIL",
  [M("zh-radboud", "24h", "Regel tolken en dossiervertaling voor bondgenootpatiënten en een registratie voor familie.",
      "Arrange interpreters and record translation for allied patients and a registration point for families.")]),

I("WZ-510", "dag5", AI("WZ-503", "10m"), ["ghor-gz", "rav-gz", "zh-radboud", "vz-gz"], "nl-alert",
  None,
  "NL-Alert: explosie bij station Nijmegen",
  "NL-Alert: explosion at Nijmegen station",
  "NL-Alert. Explosie bij station Nijmegen. Vermijd het gebied rond het station en het Keizer Karelplein. Hulpdiensten zijn ter plaatse. Ga niet naar de ziekenhuizen om naar familie te vragen; informatie volgt via crisis.nl en Omroep Gelderland.",
  "NL-Alert. Explosion at Nijmegen station. Avoid the area around the station and the Keizer Karelplein. Emergency services are on site. Do not go to the hospitals to ask about relatives; information follows via crisis.nl and Omroep Gelderland.",
  "information", ["P2", "P3"], ["E3", "E7"], "WZ-OBJ-COMMUNICATIE",
  [M("ghor-gz", "2h", "Richt met de gemeente een informatienummer en een verwanteninformatiecentrum in, los van de ziekenhuizen.",
      "Set up an information number and a relatives' information centre with the municipality, away from the hospitals.")]),
]

WZX += [
I("WZ-311", "dag3", AD("prioritise-vulnerable-care", "ghor-gz", "3h"), ["ghor-gz", "vvt-gz", "zh-radboud"], "phone",
  None,
  "Zuurstofbewoners naar het ziekenhuis? De SEH weigert",
  "Oxygen-dependent residents to hospital? The ED refuses",
  "Het GHOR-team bij De Linde stelt voor de zes zuurstofafhankelijke bewoners naar het ziekenhuis te brengen. Het CWZ weigert: de SEH ligt vol met patiënten van de hospitaaltrein en mensen zonder stroom. Alternatieven: zuurstofcilinders via de apotheek (levertijd 3 uur), een aggregaat van Liander (niet eerder dan over 5 uur), of verplaatsing naar een verpleeghuis in Druten dat wel stroom heeft. De bewoners zijn kwetsbaar en een deel is in de laatste levensfase.",
  "The GHOR team at De Linde proposes taking the six oxygen-dependent residents to hospital. CWZ refuses: its ED is full of patients from the hospital train and people without power. Alternatives: oxygen cylinders via the pharmacy (3 hours' delivery), a Liander generator (not within 5 hours), or moving them to a nursing home in Druten that has power. The residents are frail and some are in the last phase of life.",
  "contingency", ["P2"], ["E5", "E7"], "WZ-OBJ-KETEN",
  [M("ghor-gz", "2h", "Besluit met de VVT-organisatie en de specialist ouderengeneeskunde over zuurstof ter plaatse of verplaatsing, en leg de afweging vast.",
      "Decide with the nursing-home organisation and the elderly-care physician on oxygen on site or relocation, and record the trade-off.")]),

I("WZ-410", "dag4", AD("release-medicine-stock", "vws", "6h"), ["vws", "lcps", "zh-radboud", "roaz-oost", "roaz-euregio"], "mail",
  None,
  "Strategische voorraad vrijgegeven: wie krijgt wat?",
  "Strategic stock released: who gets what?",
  "De vrijgegeven strategische voorraad is niet genoeg voor alle aanvragen. De UMC’s vragen het grootste deel omdat zij de meeste traumapatiënten hebben; algemene ziekenhuizen in Twente en de Achterhoek wijzen erop dat zij de overplaatsingen opvangen. Het Landelijk Coördinatiecentrum Geneesmiddelen vraagt om een verdeelsleutel: naar aantal IC-patiënten, naar regio, of naar aanvraag?",
  "The released strategic stock is not enough for all requests. The university hospitals ask for most of it because they have the most trauma patients; general hospitals in Twente and the Achterhoek point out that they take the transfers. The National Medicines Coordination Centre asks for an allocation key: by number of ICU patients, by region, or by request?",
  "contingency", ["P2", "P4"], ["E6", "E7"], "WZ-OBJ-SCHAARSTE",
  [M("vws", "8h", "Stel met het LCPS een verdeelsleutel voor de strategische voorraad vast (bijvoorbeeld naar IC- en brandwondenpatiënten per regio) en maak die bekend.",
      "Set an allocation key for the strategic stock with the LCPS (for example by ICU and burn patients per region) and publish it.")]),
]
