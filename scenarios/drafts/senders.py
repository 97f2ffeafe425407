# id | name nl | name en | organisation nl | organisation en   (names of persons are fictional)
RAW = """
A5-101|Drs. M. (Marieke) van Leeuwen, dienstdoend situatiecoördinator|Marieke van Leeuwen, duty situation coordinator|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-102|Ir. P. (Pieter) Hoekstra, directeur Weerbaarheid Vitale Infrastructuur|Pieter Hoekstra, Director Resilience of Vital Infrastructure|NCTV, ministerie van Justitie en Veiligheid|NCTV, Ministry of Justice and Security
A5-103|Kapitein-luitenant ter zee R. (Ruud) Mulder, officier van dienst|Lieutenant Commander Ruud Mulder, duty officer|Kustwachtcentrum Den Helder|Coast Guard Centre Den Helder
A5-104|Redactie binnenland|Home news desk|NOS Nieuws (online)|NOS News (online)
A5-105|Kolonel J. (Jeroen) van Dam, commandant vliegbasis (via de Defensie Operatiecentrale)|Colonel Jeroen van Dam, base commander (via the Defence operations centre)|Luchtmachtbasis Volkel|Volkel Air Base
A5-106|S. (Sandra) Kok, supervisor luchtverkeersleiding|Sandra Kok, air traffic control supervisor|Luchtverkeersleiding Nederland (LVNL), Eindhoven|Air Traffic Control the Netherlands (LVNL), Eindhoven
A5-107|@WakkerNL_Echt (182.000 volgers)|@WakkerNL_Echt (182,000 followers)|X|X
A5-108|T. (Tom) Janssen, coördinator incidentrespons|Tom Janssen, incident response coordinator|Nationaal Cyber Security Centrum (NCSC)|National Cyber Security Centre (NCSC)
A5-109|Ing. L. (Linda) Brouwer, manager procesautomatisering|Linda Brouwer, process automation manager|Vitens|Vitens (drinking-water company)
A5-110|Kettingbericht (afzender onbekend)|Chain message (sender unknown)|WhatsApp, Telegram en TikTok|WhatsApp, Telegram and TikTok
A5-111|Redactie Nieuwsuur|Nieuwsuur editorial team|NOS / NTR|NOS / NTR
A5-112|Burgemeester van Nijmegen|Mayor of Nijmegen|Veiligheidsregio Gelderland-Zuid (voorzitter)|Gelderland-Zuid safety region (chair)
A5-113|K. (Kees) Verbeek, hoofd Security|Kees Verbeek, Head of Security|TenneT TSO|TenneT TSO
A5-114|A. (Anouk) Smit, Chief Information Security Officer|Anouk Smit, Chief Information Security Officer|Nationale Politie|National Police
A5-115|Luitenant-kolonel H. (Henk) de Wit, Regionaal Militair Operationeel Adviseur|Lieutenant Colonel Henk de Wit, Regional Military Operational Adviser|Defensie, RMOA Rotterdam-Rijnmond|Defence, RMOA Rotterdam-Rijnmond
A5-116|Mr. E. (Esther) Vos, directeur-generaal Curatieve Zorg|Esther Vos, Director-General for Curative Care|Ministerie van VWS|Ministry of Health, Welfare and Sport (VWS)
A5-117|Kapitein R. (René) Dijkstra, havenmeester|Captain René Dijkstra, Harbour Master|Havenbedrijf Rotterdam, Divisie Havenmeester|Port of Rotterdam Authority, Harbour Master Division
A5-118|Drs. F. (Frank) Meijer, secretaris ICCb|Frank Meijer, secretary of the ICCb|Interdepartementale Commissie Crisisbeheersing (ICCb)|Interdepartmental Crisis Management Committee (ICCb)
A5-119|B. (Bart) Koster, voorzitter Sectorraad Vitale Infrastructuur|Bart Koster, chair of the Vital Infrastructure Sector Council|Overleg Vitale Aanbieders (TenneT, havenbedrijven, drinkwater, telecom)|Vital operators' forum (TenneT, ports, drinking water, telecom)
A5-201|Drs. M. (Marieke) van Leeuwen, dienstdoend situatiecoördinator|Marieke van Leeuwen, duty situation coordinator|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-202|Kolonel W. (Willem) Bos, hoofd Militaire Mobiliteit|Colonel Willem Bos, Head of Military Mobility|DOSCO (Defensie Ondersteuningscommando)|DOSCO (Defence Support Command)
A5-203|Reizigers (diverse accounts); NS Klantenservice|Travellers (various accounts); NS customer service|X en Instagram|X and Instagram
A5-204|J. (Jolanda) Peters, directeur Vervoer|Jolanda Peters, Director of Operations|NS Reizigers|NS Passengers
A5-205|Lieutenant Colonel D. (Daniel) Becker (DEU), liaisonofficier bij DOSCO|Lieutenant Colonel Daniel Becker (DEU), liaison officer at DOSCO|NAVO Joint Logistic Support Group (JLSG)|NATO Joint Logistic Support Group (JLSG)
A5-206|M. (Mohamed) El Amrani, officier van dienst verkeersleiding|Mohamed El Amrani, traffic control duty officer|ProRail, Operationeel Controlecentrum Rail (OCCR)|ProRail, Operational Control Centre Rail (OCCR)
A5-207|G. (Gert) Hendriks, leider CoPI|Gert Hendriks, CoPI leader|Veiligheidsregio Gelderland-Zuid, CoPI Valburg|Gelderland-Zuid safety region, CoPI Valburg
A5-208|I. (Ingrid) van Rijn, hoofd Nautische Dienst|Ingrid van Rijn, Head of Nautical Services|Havenbedrijf Rotterdam|Port of Rotterdam Authority
A5-209|Commissaris A. (Ahmed) Yilmaz, districtschef|Chief Superintendent Ahmed Yilmaz, district chief|Politie eenheid Rotterdam, district Zuid/Maasvlakte|Police Rotterdam unit, South/Maasvlakte district
A5-210|Mr. C. (Carla) Wouters, advocaat|Carla Wouters, lawyer|namens ‘Geen Oorlogshaven’ en Amnesty International Nederland|for 'No War Port' and Amnesty International Netherlands
A5-211|R. (Rob) Gerritsen, directeur HR|Rob Gerritsen, HR Director|Rijnstate Ziekenhuis Arnhem, namens de ziekenhuizen in Acute Zorgregio Oost|Rijnstate Hospital Arnhem, for the hospitals in Acute Zorgregio Oost
A5-212|Luitenant-generaal M. (Maarten) Visser, Commandant Landstrijdkrachten (via de Directie Operaties)|Lieutenant General Maarten Visser, Commander of the Land Forces (via the Operations Directorate)|Defensie, Commando Landstrijdkrachten (CLAS)|Defence, Royal Netherlands Army (CLAS)
A5-213|Dr. A. (Annemiek) Schouten, voorzitter|Dr Annemiek Schouten, chair|Landelijk Netwerk Acute Zorg (LNAZ)|National Acute Care Network (LNAZ)
A5-214|Verslaggever zorg|Health reporter|Rijnmond Nieuws / AD|Rijnmond News / AD
A5-215|N. (Nadia) Bakker, hoofd Nationaal Kernteam Crisiscommunicatie|Nadia Bakker, head of the National Core Team for Crisis Communication|NCTV, NKC|NCTV, NKC
A5-216|E. (Erik) Willems, regiomanager (CBL-contactpersoon Gelderland)|Erik Willems, regional manager (CBL contact for Gelderland)|Albert Heijn|Albert Heijn (supermarket chain)
A5-217|Majoor S. (Sven) Postma, liaison|Major Sven Postma, liaison|DOSCO, bij Groningen Seaports|DOSCO, at Groningen Seaports
A5-218|L. (Lars) Timmer, officier van dienst|Lars Timmer, duty officer|Rijkswaterstaat, Verkeerscentrale Noord-Nederland|Rijkswaterstaat, Northern Netherlands Traffic Centre
A5-219|Kapitein T. (Thijs) de Graaf, wachtcommandant|Captain Thijs de Graaf, guard commander|11 Luchtmobiele Brigade, verzamelgebied Maasvlakte|11 Air Assault Brigade, Maasvlakte staging area
A5-220|Mr. drs. H. (Hanneke) Groen, directeur Constitutionele Zaken; en de Landsadvocaat|Hanneke Groen, Director of Constitutional Affairs; and the State Attorney|Ministerie van BZK|Ministry of the Interior and Kingdom Relations (BZK)
A5-221|Redactie|Newsroom|NOS Journaal, extra uitzending|NOS News, special broadcast
A5-222|Kapitein-luitenant ter zee W. (Wouter) Hermans, commandant mijnenbestrijdingsgroep|Lieutenant Commander Wouter Hermans, mine countermeasures group commander|CZSK (Koninklijke Marine), Marinehaven Den Helder|Royal Netherlands Navy (CZSK), Den Helder naval base
A5-223|Kapitein-luitenant ter zee W. (Wouter) Hermans, commandant mijnenbestrijdingsgroep|Lieutenant Commander Wouter Hermans, mine countermeasures group commander|CZSK (Koninklijke Marine), Zr.Ms. Vlaardingen|Royal Netherlands Navy (CZSK), HNLMS Vlaardingen
A5-224|NL-Alert (landelijk)|NL-Alert (national)|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-225|P. (Paul) van den Berg, voorzitter|Paul van den Berg, chair|Railgoederenvervoerders (KNV Spoorgoederenvervoer)|Rail freight operators (KNV Rail Freight)
A5-226|Dr. Y. (Yara) Mahabier, onderzoeker desinformatie|Dr Yara Mahabier, disinformation researcher|NCTV, team Analyse (met Ipsos I&O flash-peiling)|NCTV, analysis team (with an Ipsos I&O flash poll)
A5-301|Drs. M. (Marieke) van Leeuwen, dienstdoend situatiecoördinator, namens de ICCb|Marieke van Leeuwen, duty situation coordinator, for the ICCb|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-302|Minister-president (voorzitter MCCb), agenda en besluitvoorstel ICCb|Prime Minister (chair of the MCCb), agenda and ICCb proposal|Ministerie van Algemene Zaken / ICCb|Ministry of General Affairs / ICCb
A5-303|Parlementaire redactie|Parliamentary desk|NOS Politiek|NOS Politics
A5-304|Kolonel-arts B. (Bas) Jansen, commandant|Colonel (MD) Bas Jansen, commander|Defensie Gezondheidszorg, Militair Patiënten Coördinatiecentrum (Zeist)|Defence Health Care, Military Patient Coordination Centre (Zeist)
A5-305|D. (Dirk) Lammers, Officier van Dienst Geneeskundig (OvD-G)|Dirk Lammers, medical duty officer (OvD-G)|Veiligheidsregio Gelderland-Zuid / RAV|Gelderland-Zuid safety region / ambulance service
A5-306|Prof. dr. K. (Karin) Terpstra, voorzitter ROAZ|Prof. Karin Terpstra, ROAZ chair|Acute Zorgregio Oost (Radboudumc)|Acute Zorgregio Oost (Radboudumc)
A5-307|Dr. J. (Joost) Verhoeven, medisch manager Intensive Care|Dr Joost Verhoeven, medical manager Intensive Care|Radboudumc|Radboudumc
A5-308|Prof. dr. S. (Stefan) Huisman, voorzitter ROAZ|Prof. Stefan Huisman, ROAZ chair|Traumacentrum Zuidwest-Nederland (Erasmus MC)|South-West Netherlands trauma network (Erasmus MC)
A5-309|Dr. L. (Lotte) Prins, medisch coördinator|Dr Lotte Prins, medical coordinator|Brandwondencentra Nederland (Beverwijk)|Dutch Burn Centres (Beverwijk)
A5-310|Drs. R. (Ria) Bosman, voorzitter raad van bestuur|Ria Bosman, chair of the board|Canisius Wilhelmina Ziekenhuis (CWZ), via Omroep Gelderland|Canisius Wilhelmina Hospital (CWZ), via Omroep Gelderland
A5-311|Dr. H. (Hans) Dekker, inspecteur-generaal|Dr Hans Dekker, Inspector General|Inspectie Gezondheidszorg en Jeugd (IGJ)|Health and Youth Care Inspectorate (IGJ)
A5-312|W. (Wim) Scholten, landelijk coördinator|Wim Scholten, national coordinator|Ambulancezorg Nederland|Ambulancezorg Nederland (ambulance services)
A5-313|F. (Fatima) Ouali, treindienstleider|Fatima Ouali, rail traffic controller|ProRail, post Arnhem|ProRail, Arnhem signal box
A5-314|J. (Jan) Arts, operator bedrijfsvoeringscentrum|Jan Arts, control-room operator|Liander (met TenneT Landelijk Bedrijfsvoeringscentrum)|Liander (with TenneT national control centre)
A5-315|M. (Mirjam) Huisman, calamiteitencoördinator (via satelliettelefoon)|Mirjam Huisman, incident coordinator (via satellite phone)|Meldkamer Oost-Nederland|Oost-Nederland emergency control room
A5-316|A. (Astrid) van Beek, locatiemanager|Astrid van Beek, site manager|Verpleeghuis De Vijverhof, Wijchen|De Vijverhof nursing home, Wijchen
A5-317|C. (Chris) Derksen, operationeel leider|Chris Derksen, operational leader|ROT Gelderland-Zuid|ROT Gelderland-Zuid
A5-318|Inwoners (diverse accounts)|Residents (various accounts)|Facebookgroep ‘Nijmegen Nieuws’ en X|Facebook group 'Nijmegen Nieuws' and X
A5-319|R. (Rik) Jacobs, coördinator noodsteunpunt|Rik Jacobs, support point coordinator|Gemeente Nijmegen, noodsteunpunt brandweerkazerne Lent|City of Nijmegen, support point at Lent fire station
A5-320|M. (Marco) van Vliet, crisiscoördinator|Marco van Vliet, crisis coordinator|Vitens|Vitens (drinking-water company)
A5-321|Anoniem account, gedeeld door lokale influencers|Anonymous account, shared by local influencers|TikTok en Telegram|TikTok and Telegram
A5-322|S. (Sophie) Lambrechts, Chief Operating Officer|Sophie Lambrechts, Chief Operating Officer|Containerterminal Maasvlakte II|Maasvlakte II container terminal
A5-323|Drs. P. (Petra) Mulder, directeur Opvang|Petra Mulder, Director of Reception|Centraal Orgaan opvang asielzoekers (COA)|Central Agency for the Reception of Asylum Seekers (COA)
A5-324|Drs. P. (Petra) Mulder, directeur Opvang|Petra Mulder, Director of Reception|Centraal Orgaan opvang asielzoekers (COA)|Central Agency for the Reception of Asylum Seekers (COA)
A5-325|Opperwachtmeester R. (Roel) Kuipers, commandant escorte konvooi 7|Sergeant Major Roel Kuipers, escort commander convoy 7|Koninklijke Marechaussee|Royal Marechaussee
A5-326|Mr. D. (Daan) Veenstra, landelijk officier van justitie terrorismebestrijding|Daan Veenstra, national public prosecutor for counter-terrorism|Openbaar Ministerie, Landelijk Parket|Public Prosecution Service, National Office
A5-327|N. (Nadia) Bakker, directeur Crisiscommunicatie|Nadia Bakker, Director of Crisis Communication|NCTV (analyse Risico- en Crisisbarometer)|NCTV (Risk and Crisis Barometer analysis)
A5-328|O. (Olaf) Smits, operationeel leider|Olaf Smits, operational leader|ROT Rotterdam-Rijnmond|ROT Rotterdam-Rijnmond
A5-329|NL-Alert|NL-Alert|Veiligheidsregio Gelderland-Midden|Gelderland-Midden safety region
A5-330|Kolonel E. (Evert) Brink, commandant Regionaal Militair Commando Zuid|Colonel Evert Brink, commander Regional Military Command South|Defensie, CLAS / RMC Zuid (13 Lichte Brigade)|Defence, Army / Regional Military Command South (13 Light Brigade)
A5-331|Wijkagent en bewonerscommissie Malden|Community police officer and Malden residents' committee|Gemeente Heumen / Politie Oost-Nederland|Municipality of Heumen / Police East Netherlands
A5-332|Drs. P. (Petra) Mulder, directeur Opvang|Petra Mulder, Director of Reception|Centraal Orgaan opvang asielzoekers (COA)|Central Agency for the Reception of Asylum Seekers (COA)
A5-401|Drs. M. (Marieke) van Leeuwen, dienstdoend situatiecoördinator, namens de ICCb|Marieke van Leeuwen, duty situation coordinator, for the ICCb|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-402|Drs. G. (Gijs) Vermeulen, directeur-generaal Energie|Gijs Vermeulen, Director-General for Energy|Ministerie van Klimaat en Groene Groei (KGG)|Ministry of Climate and Green Growth (KGG)
A5-403|Redactie economie; woordvoerder TLN|Business desk; TLN spokesperson|RTL Nieuws / Transport en Logistiek Nederland|RTL News / Transport and Logistics Netherlands
A5-404|Hoofdcommissaris K. (Karel) de Boer, dienstdoend hoofd|Karel de Boer, duty head|Landelijk Operationeel Coördinatiecentrum (LOCC)|National Operational Coordination Centre (LOCC)
A5-405|Dr. I. (Iris) Kamphuis, voorzitter NVZA; namens ook de KNMP|Dr Iris Kamphuis, chair of the NVZA; also for the KNMP|Nederlandse Vereniging van Ziekenhuisapothekers (NVZA)|Dutch Association of Hospital Pharmacists (NVZA)
A5-406|Drs. B. (Bram) Lucassen, ziekenhuisapotheker|Bram Lucassen, hospital pharmacist|Radboudumc, namens de regionale apotheken|Radboudumc, for the regional pharmacies
A5-407|Voorzitter V&VN en de ondernemingsraad|Chair of V&VN and the works council|V&VN / Radboudumc|Dutch Nurses' Association (V&VN) / Radboudumc
A5-408|L. (Lisa) Hoogendoorn, crisiscoördinator|Lisa Hoogendoorn, crisis coordinator|Betaalvereniging Nederland|Dutch Payments Association
A5-409|Kapitein-luitenant ter zee R. (Ruud) Mulder, officier van dienst|Lieutenant Commander Ruud Mulder, duty officer|Kustwachtcentrum Den Helder|Coast Guard Centre Den Helder
A5-410|Redactie|Newsroom|NOS Nieuws / Rijnmond|NOS News / Rijnmond
A5-411|H. (Hester) Claassen, coördinator vrijwillige inzet|Hester Claassen, volunteer coordinator|Rode Kruis, afdeling Gelderland-Zuid|Netherlands Red Cross, Gelderland-Zuid branch
A5-412|Kolonel-arts B. (Bas) Jansen, commandant|Colonel (MD) Bas Jansen, commander|Militair Patiënten Coördinatiecentrum (Zeist)|Military Patient Coordination Centre (Zeist)
A5-413|Redactie; woordvoerder Patiëntenfederatie|Editorial team; Patients' Federation spokesperson|EenVandaag / Patiëntenfederatie Nederland|EenVandaag / Dutch Patients' Federation
A5-414|Mr. T. (Thea) Roelofs, secretaris|Thea Roelofs, secretary|Veiligheidsberaad|Veiligheidsberaad (board of safety-region chairs)
A5-415|Griffier|Clerk|Tweede Kamer der Staten-Generaal|House of Representatives
A5-416|Drs. M. (Marieke) van Leeuwen, dienstdoend situatiecoördinator|Marieke van Leeuwen, duty situation coordinator|Nationaal CrisisCentrum (NCC)|National Crisis Centre (NCC)
A5-417|Mr. drs. H. (Hanneke) Groen, directeur Constitutionele Zaken|Hanneke Groen, Director of Constitutional Affairs|Ministerie van BZK|Ministry of the Interior and Kingdom Relations (BZK)
WZ-101|Dr. R. (Rianne) Vermeer, dienstdoend coördinator|Dr Rianne Vermeer, duty coordinator|LCPS, namens VWS en Defensie|LCPS, for VWS and Defence
WZ-102|Dr. A. (Annemiek) Schouten, voorzitter|Dr Annemiek Schouten, chair|Landelijk Netwerk Acute Zorg (LNAZ)|National Acute Care Network (LNAZ)
WZ-103|Mr. E. (Esther) Vos, directeur-generaal Curatieve Zorg|Esther Vos, Director-General for Curative Care|Ministerie van VWS|Ministry of Health, Welfare and Sport (VWS)
WZ-104|G. (Gerda) Wolters, manager meldkamer ambulancezorg|Gerda Wolters, ambulance dispatch manager|Meldkamer Ambulancezorg Oost-Nederland|Oost-Nederland ambulance dispatch centre
WZ-105|Pułkownik (kolonel) T. Nowak, liaison|Colonel T. Nowak, liaison|Pools ministerie van Defensie, via de Nederlandse ambassade in Warschau|Polish Ministry of National Defence, via the Dutch embassy in Warsaw
WZ-106|Dr. J. (Joost) Verhoeven, hoofd Intensive Care|Dr Joost Verhoeven, Head of Intensive Care|Radboudumc|Radboudumc
WZ-107|Drs. M. (Monique) Laan, Directeur Publieke Gezondheid (DPG)|Monique Laan, Director of Public Health (DPG)|GHOR Gelderland-Zuid|GHOR Gelderland-Zuid
WZ-108|Redactie|Newsroom|NOS Journaal|NOS News
WZ-109|Luitenant-kolonel M. (Marek) Kowalski, liaisonofficier|Lieutenant Colonel Marek Kowalski, liaison officer|Poolse strijdkrachten, bij het Militair Patiënten Coördinatiecentrum (Zeist)|Polish Armed Forces, at the Military Patient Coordination Centre (Zeist)
WZ-201|Dr. R. (Rianne) Vermeer, dienstdoend coördinator|Dr Rianne Vermeer, duty coordinator|LCPS, landelijk capaciteitsbeeld|LCPS, national capacity picture
WZ-202|D. (Dirk) Lammers, Officier van Dienst Geneeskundig (OvD-G)|Dirk Lammers, medical duty officer (OvD-G)|GHOR Gelderland-Zuid, emplacement Nijmegen|GHOR Gelderland-Zuid, Nijmegen yard
WZ-203|Kolonel-arts B. (Bas) Jansen, commandant|Colonel (MD) Bas Jansen, commander|Militair Patiënten Coördinatiecentrum (Zeist)|Military Patient Coordination Centre (Zeist)
WZ-204|Dr. M. (Maarten) Olde Kalter, voorzitter ROAZ|Dr Maarten Olde Kalter, ROAZ chair|Acute Zorg Euregio (MST Enschede)|Acute Zorg Euregio (MST Enschede)
WZ-205|I. (Inge) Willemsen, coördinator|Inge Willemsen, coordinator|Regionaal Coördinatiecentrum Patiënten Spreiding (RCPS) Oost|Regional Patient Spreading Centre (RCPS) East
WZ-206|H. (Hennie) Nijhuis, coördinator|Hennie Nijhuis, coordinator|RCPS Euregio|RCPS Euregio
WZ-207|Dr. L. (Lotte) Prins, medisch coördinator|Dr Lotte Prins, medical coordinator|Brandwondencentra Nederland (Beverwijk)|Dutch Burn Centres (Beverwijk)
WZ-208|W. (Wim) Scholten, landelijk coördinator|Wim Scholten, national coordinator|Ambulancezorg Nederland|Ambulancezorg Nederland (ambulance services)
WZ-209|Familieleden, journalisten en berichten op sociale media|Relatives, journalists and social-media posts|Hoofdingang Radboudumc; X en Instagram|Radboudumc main entrance; X and Instagram
WZ-301|Dr. R. (Rianne) Vermeer, dienstdoend coördinator|Dr Rianne Vermeer, duty coordinator|LCPS, landelijk capaciteitsbeeld|LCPS, national capacity picture
WZ-302|J. (Jan) Arts, operator bedrijfsvoeringscentrum|Jan Arts, control-room operator|Liander|Liander (distribution system operator)
WZ-303|P. (Patrick) Hermsen, hoofd Facilitair Bedrijf|Patrick Hermsen, Head of Facilities|Radboudumc|Radboudumc
WZ-304|Drs. W. (Wilma) Gerrits, bestuurder|Wilma Gerrits, executive|Zorggroep Maas & Waal (VVT)|Zorggroep Maas & Waal (nursing homes)
WZ-305|M. (Mirjam) Huisman, calamiteitencoördinator (via C2000)|Mirjam Huisman, incident coordinator (via C2000)|Meldkamer Oost-Nederland|Oost-Nederland emergency control room
WZ-306|T. (Toon) Peeters, regiomanager storingen|Toon Peeters, regional outage manager|Liander|Liander (distribution system operator)
WZ-307|E. (Eva) Roelofsen, teamleider Spoedeisende Hulp|Eva Roelofsen, ED team leader|CWZ Nijmegen|CWZ Nijmegen
WZ-308|Dr. J. (Joost) Verhoeven, medisch manager Intensive Care|Dr Joost Verhoeven, medical manager Intensive Care|Radboudumc|Radboudumc
WZ-309|Majoor-arts N. (Niels) Hofman, treincommandant hospitaaltrein 5|Major (MD) Niels Hofman, train commander hospital train 5|Defensie Gezondheidszorg|Defence Health Care
WZ-310|C. (Chris) Derksen, operationeel leider|Chris Derksen, operational leader|ROT Gelderland-Zuid|ROT Gelderland-Zuid
WZ-401|Dr. R. (Rianne) Vermeer, dienstdoend coördinator|Dr Rianne Vermeer, duty coordinator|LCPS, landelijk capaciteitsbeeld|LCPS, national capacity picture
WZ-402|Dr. I. (Iris) Kamphuis, voorzitter NVZA; en de directeur Bloedbank|Dr Iris Kamphuis, chair of the NVZA; and the blood bank director|NVZA en Sanquin|NVZA and Sanquin
WZ-403|Drs. B. (Bram) Lucassen, ziekenhuisapotheker|Bram Lucassen, hospital pharmacist|Radboudumc|Radboudumc
WZ-404|R. (Ruben) Willemse, directeur HR|Ruben Willemse, HR Director|Radboudumc, namens de ziekenhuizen in Acute Zorgregio Oost|Radboudumc, for the hospitals in Acute Zorgregio Oost
WZ-405|Brigadegeneraal-arts A. (Arjen) Mol, commandant|Brigadier General (MD) Arjen Mol, commander|Defensie Gezondheidszorg Organisatie (DGO)|Defence Health Care Organisation (DGO)
WZ-406|Dr. med. K. (Katrin) Vogt, Koordinatorin Intensivmedizin|Dr Katrin Vogt, intensive care coordinator|Universitätsklinikum Münster (via het Euregio-netwerk)|Münster University Hospital (via the Euregio network)
WZ-407|Dr. H. (Hans) Dekker, inspecteur-generaal|Dr Hans Dekker, Inspector General|Inspectie Gezondheidszorg en Jeugd (IGJ)|Health and Youth Care Inspectorate (IGJ)
WZ-408|Ondernemingsraad en V&VN-afdeling Intensive Care|Works council and V&VN Intensive Care chapter|Radboudumc|Radboudumc
WZ-409|J. (Joyce) Ebbers, coördinator regio Oost|Joyce Ebbers, eastern region coordinator|Nationale Zorgreserve|National Care Reserve
WZ-501|Dr. R. (Rianne) Vermeer, dienstdoend coördinator|Dr Rianne Vermeer, duty coordinator|LCPS, landelijk capaciteitsbeeld|LCPS, national capacity picture
WZ-502|Redactie|Newsroom|EenVandaag en Omroep Gelderland|EenVandaag and Omroep Gelderland
WZ-503|M. (Mirjam) Huisman, calamiteitencoördinator|Mirjam Huisman, incident coordinator|Meldkamer Oost-Nederland|Oost-Nederland emergency control room
WZ-504|Dr. F. (Floor) Maas, traumachirurg van dienst|Dr Floor Maas, trauma surgeon on call|Radboudumc (level 1-traumacentrum)|Radboudumc (level 1 trauma centre)
WZ-505|Drs. R. (Ria) Bosman, voorzitter raad van bestuur|Ria Bosman, chair of the board|CWZ, via Omroep Gelderland|CWZ, via Omroep Gelderland
WZ-506|Dr. M. (Maarten) Olde Kalter, voorzitter ROAZ|Dr Maarten Olde Kalter, ROAZ chair|Acute Zorg Euregio|Acute Zorg Euregio
WZ-507|Drs. J. (Jelle) Haan, directeur Crisisbeheersing, namens de minister|Jelle Haan, Director of Crisis Management, for the minister|Ministerie van VWS|Ministry of Health, Welfare and Sport (VWS)
WZ-508|Oefenleiding|Exercise control|Paraat oefenstaf|Paraat exercise staff
WZ-510|NL-Alert|NL-Alert|Veiligheidsregio Gelderland-Zuid (Meldkamer Oost-Nederland)|Gelderland-Zuid safety region (Oost-Nederland control room)
"""

SENDERS = {}
for line in RAW.strip().splitlines():
    f = line.split("|")
    assert len(f) == 5, line
    SENDERS[f[0]] = {"name": {"nl": f[1], "en": f[2]}, "organisation": {"nl": f[3], "en": f[4]}}

for line in """
A5-120|Districtschef politie Maas en Leijgraaf|Police district chief, Maas en Leijgraaf|Politie eenheid Oost-Brabant|Police East Brabant unit
A5-227|Y. (Yvonne) Kuijpers, manager capaciteitsverdeling|Yvonne Kuijpers, capacity allocation manager|ProRail, namens de spoorgoederenvervoerders|ProRail, for the rail freight operators
A5-333|B. (Bert) Willemsen, coördinator uitgiftepunten|Bert Willemsen, distribution point coordinator|Gemeente Nijmegen, team Bevolkingszorg|City of Nijmegen, population care team
A5-334|H. (Hasan) Demir, planner|Hasan Demir, planner|Brandstofleverancier (Tamoil/Gulf-distributeur)|Fuel supplier (regional distributor)
A5-335|M. (Mark) de Groot, directeur Commercie|Mark de Groot, Commercial Director|Havenbedrijf Rotterdam|Port of Rotterdam Authority
A5-418|Redactie economie|Business desk|NOS Nieuws / Financieele Dagblad|NOS News / Financieele Dagblad
WZ-311|Dr. E. (Els) Janssen, specialist ouderengeneeskunde, GHOR-team|Dr Els Janssen, elderly-care physician, GHOR team|GHOR Gelderland-Zuid, bij verpleeghuis De Linde|GHOR Gelderland-Zuid, at De Linde nursing home
WZ-410|Drs. B. (Bianca) Smeets, coördinator|Bianca Smeets, coordinator|Landelijk Coördinatiecentrum Geneesmiddelen (LCG)|National Medicines Coordination Centre (LCG)
""".strip().splitlines():
    f = line.split("|")
    SENDERS[f[0]] = {"name": {"nl": f[1], "en": f[2]}, "organisation": {"nl": f[3], "en": f[4]}}
