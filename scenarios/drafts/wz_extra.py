from common import *

WZX = [
I("WZ-109", "dag1", AD("accept-allied-patients", "vws", "20h"), ["zh-radboud", "lcps", "dosco"], "liaison",
  None,
  "Poolse liaisons melden zich: taal, dossiers en familie",
  "Polish liaisons report: language, records and families",
  "Nu Nederland Poolse gewonden opneemt, melden zich twee Poolse liaisonofficieren bij het Militair Patiënten Coördinatiecentrum. Zij wijzen op drie knelpunten: medische dossiers zijn in het Pools en deels handgeschreven; veel patiënten spreken geen Engels; en families willen weten waar hun naasten liggen. Zij vragen om tolken per ziekenhuis, een centraal registratiepunt en afspraken over repatriëring zodra patiënten vervoerbaar zijn.",
  "Now that the Netherlands takes Polish casualties, two Polish liaison officers report to the Military Patient Coordination Centre. They point to three problems: medical records are in Polish and partly handwritten; many patients speak no English; and families want to know where their relatives are. They ask for interpreters per hospital, a central registration point and agreements on repatriation once patients can be moved.",
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
