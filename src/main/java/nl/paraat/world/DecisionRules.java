package nl.paraat.world;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;

/** Preconditions and effects of every decision type (see docs/doctrine.md and the catalogue descriptions). */
final class DecisionRules {
    private static final long H = Model.HOUR;
    private final Model m;
    private final DecisionBook book;
    private final Health h;
    private final Transport tr;
    private final Infrastructure inf;
    private final Society soc;
    private final Displaced dis;
    private final Economy eco;

    DecisionRules(Model m, DecisionBook book) {
        this.m = m;
        this.book = book;
        this.h = m.health;
        this.tr = m.transport;
        this.inf = m.infra;
        this.soc = m.society;
        this.dis = m.displaced;
        this.eco = m.economy;
    }

    private static Text t(String nl, String en) {
        return Text.of(nl, en);
    }

    private void rule(String id, BiFunction<RoleInstance, Params, Text> check, ToLongBiFunction<RoleInstance, Params> apply) {
        book.rule(id, new DecisionBook.Rule() {
            @Override
            public Text check(RoleInstance actor, Params p) {
                return check.apply(actor, p);
            }

            @Override
            public long apply(RoleInstance actor, Params p) {
                return apply.applyAsLong(actor, p);
            }
        });
    }

    private long now() {
        return m.sim.now();
    }

    private int pool(Params p) {
        return DecisionCatalogue.BED_CLASSES.indexOf(p.string("bedClass"));
    }

    private long hours(Params p) {
        return (long) (p.number("hours") * 3600);
    }

    void register() {
        health();
        transport();
        infrastructure();
        society();
        displacedAndEconomy();
    }

    private void health() {
        rule("raise-icu-surge", (a, p) -> h.surgeLevel >= 3 ? t("Hoogste IC-opschalingsstap (2.400) is al bereikt",
                "The highest ICU surge step (2,400) is already reached")
            : h.surgePending >= 0 ? t("Er loopt al een opschalingsstap", "A surge step is already under way")
            : h.surgeLevel + 1 >= 2 && !h.regularCareSuspended
                ? t("Stap 2 en 3 vereisen dat VWS de reguliere zorg landelijk afschaalt",
                    "Steps 2 and 3 need regular care suspended nationally by VWS") : null,
            (a, p) -> {
                long d = (long) (m.p("health.icu.surgeStepHours") * H);
                h.raiseSurge(d);
                return now() + d;
            });
        rule("lower-icu-surge", (a, p) -> {
            if (h.surgeLevel == 0) {
                return t("Er is geen IC-opschaling actief", "No ICU surge is active");
            }
            if (h.surgePending >= 0) {
                return t("Er loopt een opschalingsstap", "A surge step is under way");
            }
            double room = 0;
            for (int r = 0; r < h.n; r++) {
                room += h.icuBedsAt(r, h.surgeLevel - 1) * h.staffFactor(r) + h.extra[r][Health.ICU]
                    - h.background(r, Health.ICU) - h.inBed[r][Health.ICU];
            }
            return room < 0 ? t("De IC-patiënten passen niet in de lagere capaciteit",
                "ICU patients do not fit in the lower capacity") : null;
        }, (a, p) -> {
            h.surgeLevel--;
            h.refreshCapacity();
            return now();
        });
        rule("cut-planned-care", (a, p) -> {
            int r = m.roaz(p.string("region"));
            double share = p.number("share", m.p("health.plannedCare.maxCutShare"));
            if (share > m.p("health.plannedCare.maxCutShare") + 1e-9) {
                return t("Aandeel boven het maximum van " + m.p("health.plannedCare.maxCutShare"),
                    "Share above the maximum of " + m.p("health.plannedCare.maxCutShare"));
            }
            return h.cutTarget[r] >= share - 1e-9 ? t("Planbare zorg is al zo ver afgeschaald",
                "Planned care is already cut this far") : null;
        }, (a, p) -> {
            int r = m.roaz(p.string("region"));
            h.cutTarget[r] = p.number("share", m.p("health.plannedCare.maxCutShare"));
            return now() + (long) (m.p("health.plannedCare.cutHours") * H);
        });
        rule("resume-planned-care", (a, p) -> {
            int r = m.roaz(p.string("region"));
            if (h.cutTarget[r] <= 0) {
                return t("Planbare zorg is niet afgeschaald", "Planned care is not cut");
            }
            return h.regularCareSuspended ? t("VWS heeft de reguliere zorg landelijk afgeschaald",
                "VWS has suspended regular care nationally") : null;
        }, (a, p) -> {
            h.cutTarget[m.roaz(p.string("region"))] = 0;
            return now();
        });
        rule("suspend-regular-care", (a, p) -> h.regularCareSuspended ? t("Reguliere zorg is al afgeschaald",
            "Regular care is already suspended") : null, (a, p) -> {
                h.regularCareSuspended = true;
                java.util.Arrays.fill(h.cutTarget, m.p("health.plannedCare.maxCutShare"));
                return now() + (long) (m.p("health.plannedCare.cutHours") * H);
            });
        rule("spread-patients", (a, p) -> {
            int from = m.roaz(p.string("from"));
            int to = m.roaz(p.string("to"));
            int pool = pool(p);
            long count = p.integer("count");
            if (from == to) {
                return t("Van- en naar-regio zijn gelijk", "From and to region are the same");
            }
            if (h.available(from, pool) < count) {
                return t("Niet genoeg patiënten in " + p.string("from") + " (" + h.available(from, pool) + ")",
                    "Not enough patients in " + p.string("from") + " (" + h.available(from, pool) + ")");
            }
            if (h.free(to, pool) < count) {
                return t("Onvoldoende vrije bedden in " + p.string("to") + " (" + h.free(to, pool) + " vrij)",
                    "Not enough free beds in " + p.string("to") + " (" + h.free(to, pool) + " free)");
            }
            return h.freeAmbulances() < count ? t("Onvoldoende ambulances (" + h.freeAmbulances() + " vrij)",
                "Not enough ambulances (" + h.freeAmbulances() + " free)") : null;
        }, (a, p) -> {
            int from = m.roaz(p.string("from"));
            int to = m.roaz(p.string("to"));
            h.takeOut(from, pool(p), (int) p.integer("count"), to);
            return now() + h.travelSeconds(from, to);
        });
        rule("spread-patients-abroad", (a, p) -> {
            int from = m.roaz(p.string("from"));
            long count = p.integer("count");
            if (h.available(from, pool(p)) < count) {
                return t("Niet genoeg patiënten in " + p.string("from"), "Not enough patients in " + p.string("from"));
            }
            if (h.abroadLeftToday() < count) {
                return t("Dagquotum buitenland bereikt (" + h.abroadLeftToday() + " over)",
                    "Daily quota abroad reached (" + h.abroadLeftToday() + " left)");
            }
            return h.freeAmbulances() < count ? t("Onvoldoende ambulances (" + h.freeAmbulances() + " vrij)",
                "Not enough ambulances (" + h.freeAmbulances() + " free)") : null;
        }, (a, p) -> {
            int count = (int) p.integer("count");
            h.countAbroad(count);
            h.takeOut(m.roaz(p.string("from")), pool(p), count, -1);
            return now() + h.travelSeconds(0, -1);
        });
        rule("deploy-zorgreserve", (a, p) -> {
            long left = (long) m.p("health.zorgreserve.persons") - h.reserveDeployed;
            return p.integer("persons") > left ? t("Zorgreserve heeft nog " + left + " personen",
                "The care reserve has " + left + " persons left") : null;
        }, (a, p) -> {
            int persons = (int) p.integer("persons");
            h.reserveDeployed += persons;
            eco.careReserveStaff += persons;
            h.refreshCapacity();
            h.addBeds(24 * H, m.roaz(p.string("region")), Health.WARD, persons / m.p("health.zorgreserve.personsPerBed"));
            return now() + 24 * H;
        });
        rule("release-medicine-stock", (a, p) -> h.medicineReleased ? t("Strategische voorraad is al vrijgegeven",
            "The strategic stock is already released") : null, (a, p) -> {
                h.medicineReleased = true;
                h.medicineDays += m.p("health.medicine.strategicDays");
                return now();
            });
        rule("accept-allied-patients", (a, p) -> h.surgeLevel < 1 ? t("Vereist IC-opschaling stap 1 of hoger",
            "Needs ICU surge step 1 or higher") : null, (a, p) -> {
                h.alliedPerDay += p.integer("perDay");
                h.restartInflow();
                return now();
            });
        rule("route-hospital-trains", (a, p) -> h.free(m.roaz(p.string("region")), Health.ICU) <= 0
            ? t("Geen vrije IC-bedden in " + p.string("region"), "No free ICU beds in " + p.string("region")) : null,
            (a, p) -> {
                h.routedRegion = m.roaz(p.string("region"));
                return now();
            });
        rule("open-calamiteitenhospitaal", (a, p) -> h.calamiteitenOpen ? t("Calamiteitenhospitaal is al open",
            "The Calamiteitenhospitaal is already open") : null, (a, p) -> {
                h.calamiteitenOpen = true;
                int r = m.roaz("roaz-midden-nederland");
                long d = (long) (m.p("health.calamiteitenhospitaal.readyMinutes") * 60);
                double icu = m.p("health.calamiteitenhospitaal.icuBeds");
                h.addBeds(d, r, Health.ICU, icu);
                h.addBeds(d, r, Health.WARD, m.p("health.calamiteitenhospitaal.beds") - icu);
                return now() + d;
            });
        rule("prioritise-vulnerable-care", (a, p) -> {
            int v = m.vr(p.string("region"));
            if (soc.vulnerablePrioritised[v]) {
                return t("Kwetsbare cliënten zijn al geprioriteerd", "Vulnerable clients are already prioritised");
            }
            return inf.loadServed(v) >= 0.999 && inf.waterUp(v) ? t("Geen stroom- of wateruitval in de regio",
                "No power or water outage in the region") : null;
        }, (a, p) -> book.later(2 * H, () -> soc.vulnerablePrioritised[m.vr(p.string("region"))] = true));
        rule("scale-up-ambulances", (a, p) -> {
            int v = m.vr(p.string("region"));
            int r = m.vrRoaz[v];
            double fleet = m.geo.roazRegions().get(r).ambulances() * (double) m.vrPopulation[v] / m.roazPopulation[r];
            long max = (long) StrictMath.max(1, StrictMath.floor(fleet * 0.2));
            return p.integer("count") > max ? t("Meer dan 20% van de regionale vloot (max " + max + ")",
                "More than 20% of the regional fleet (max " + max + ")") : null;
        }, (a, p) -> book.later(H, () -> h.ambulances += (int) p.integer("count")));
    }

    private Text railOnly(int c) {
        return tr.rail[c] ? null : t("Geen spoorcorridor", "Not a rail corridor");
    }

    private Text reroute(Params p, boolean railMode) {
        int from = m.corridor(p.string("from"));
        int to = m.corridor(p.string("to"));
        if (tr.rail[from] != railMode || tr.rail[to] != railMode) {
            return railMode ? t("Beide corridors moeten spoorcorridors zijn", "Both corridors must be rail corridors")
                : t("Beide corridors moeten wegcorridors zijn", "Both corridors must be road corridors");
        }
        if (from == to) {
            return t("Van- en naar-corridor zijn gelijk", "From and to corridor are the same");
        }
        if (!m.geo.corridors().get(from).alternatives().contains(p.string("to"))) {
            return t(p.string("to") + " is geen alternatief voor " + p.string("from"),
                p.string("to") + " is not an alternative to " + p.string("from"));
        }
        return tr.open(to) ? null : t(p.string("to") + " is gesloten", p.string("to") + " is closed");
    }

    private void transport() {
        rule("prioritise-military-trains", (a, p) -> {
            int c = m.corridor(p.string("corridor"));
            Text r = railOnly(c);
            if (r != null) {
                return r;
            }
            if (!tr.open(c)) {
                return t("Corridor is gesloten", "The corridor is closed");
            }
            return tr.prioritisedUntil[c] > now() ? t("Militaire treinen hebben al voorrang",
                "Military trains already have priority") : null;
        }, (a, p) -> {
            tr.prioritisedUntil[m.corridor(p.string("corridor"))] = now() + hours(p);
            return now();
        });
        rule("reroute-military-trains", (a, p) -> reroute(p, true), (a, p) -> {
            tr.reroute(m.corridor(p.string("from")), m.corridor(p.string("to")));
            return now();
        });
        rule("reroute-convoys", (a, p) -> reroute(p, false), (a, p) -> {
            tr.reroute(m.corridor(p.string("from")), m.corridor(p.string("to")));
            return now();
        });
        rule("repair-link", (a, p) -> tr.open(m.corridor(p.string("corridor")))
            ? t("Corridor is niet gesloten", "The corridor is not closed") : null, (a, p) -> {
                int c = m.corridor(p.string("corridor"));
                tr.closedUntil[c] = now() + (tr.closedUntil[c] - now()) / 2;
                return tr.closedUntil[c];
            });
        rule("close-airport", (a, p) -> tr.airportOpen(m.airport(p.string("airport"))) ? null
            : t("Luchthaven is al gesloten", "The airport is already closed"), (a, p) -> {
                tr.airportClosedUntil[m.airport(p.string("airport"))] = now() + hours(p);
                return now();
            });
        rule("reopen-airport", (a, p) -> {
            int ap = m.airport(p.string("airport"));
            if (tr.airportOpen(ap)) {
                return t("Luchthaven is open", "The airport is open");
            }
            return tr.droneActive(ap) ? t("Dronewaarneming is nog actief", "A drone sighting is still active") : null;
        }, (a, p) -> {
            tr.airportClosedUntil[m.airport(p.string("airport"))] = now();
            return now();
        });
        // A suspected mine stops traffic but is no closure by the harbour master, who may still close the
        // fairway (so it stays closed after the mine is cleared, until reopened): only a closure blocks this.
        rule("close-fairway", (a, p) -> now() >= tr.fairwayClosedUntil[m.port(p.string("port"))] ? null
            : t("Vaarweg is al gesloten", "The fairway is already closed"), (a, p) -> {
                tr.fairwayClosedUntil[m.port(p.string("port"))] = now() + hours(p);
                return now();
            });
        rule("reopen-fairway", (a, p) -> {
            int pt = m.port(p.string("port"));
            if (tr.mineThreat[pt]) {
                return t("Vermoedelijke mijn is nog niet geruimd", "A suspected mine is not yet cleared");
            }
            return tr.fairwayOpen(pt) ? t("Vaarweg is open", "The fairway is open") : null;
        }, (a, p) -> {
            tr.fairwayClosedUntil[m.port(p.string("port"))] = now();
            return now();
        });
        rule("mine-countermeasures", (a, p) -> tr.mineThreat[m.port(p.string("port"))] ? null
            : t("Geen vermoedelijke mijn gemeld", "No suspected mine reported"),
            (a, p) -> book.later((long) (m.p("transport.mine.clearanceHours") * H),
                () -> tr.mineThreat[m.port(p.string("port"))] = false));
        rule("reserve-berth", (a, p) -> {
            int pt = m.port(p.string("port"));
            if (tr.berthReserved[pt]) {
                return t("Er is al een ligplaats gereserveerd", "A berth is already reserved");
            }
            return tr.civilBerths[pt] <= 0 ? t("Geen civiele ligplaats beschikbaar", "No civil berth available") : null;
        }, (a, p) -> {
            int pt = m.port(p.string("port"));
            tr.berthReserved[pt] = true;
            tr.berths[pt]++;
            tr.civilBerths[pt]--;
            tr.diverted[pt] = StrictMath.max(tr.diverted[pt], 0.1);
            return now();
        });
        rule("divert-commercial-cargo", (a, p) -> {
            int pt = m.port(p.string("port"));
            if (tr.diverted[pt] >= 0.5) {
                return t("Lading wordt al omgeleid", "Cargo is already diverted");
            }
            boolean disrupted = now() < tr.cyberUntil[pt] || !tr.fairwayOpen(pt) || tr.berthReserved[pt];
            return disrupted ? null : t("Haven is niet verstoord en er is geen ligplaats gereserveerd",
                "The port is not disrupted and no berth is reserved");
        }, (a, p) -> {
            tr.diverted[m.port(p.string("port"))] = 0.5;
            return now();
        });
        rule("counter-drone", (a, p) -> tr.droneActive(m.airport(p.string("airport"))) ? null
            : t("Geen actieve dronewaarneming", "No active drone sighting"), (a, p) -> {
                int ap = m.airport(p.string("airport"));
                tr.droneUntil[ap] = now() + H;
                tr.airportClosedUntil[ap] = StrictMath.min(tr.airportClosedUntil[ap], now() + H);
                return now() + H;
            });
        rule("escort-convoys", (a, p) -> {
            int c = m.corridor(p.string("corridor"));
            if (tr.rail[c]) {
                return t("Geen wegcorridor", "Not a road corridor");
            }
            return tr.escorted[c] ? t("Konvooien worden al begeleid", "Convoys are already escorted") : null;
        }, (a, p) -> book.later(2 * H, () -> tr.escorted[m.corridor(p.string("corridor"))] = true));
        rule("request-military-support", (a, p) -> {
            int node = m.node(p.string("node"));
            int v = inf.nodeRegion(node);
            if (v < 0) {
                return t("Alleen regionale objecten", "Only regional objects");
            }
            if (inf.guarded[v][inf.nodeSectors(node)[0]]) {
                return t("Object wordt al bewaakt", "The object is already guarded");
            }
            return eco.soldiersAvailable() < m.p("defence.guardSoldiers") ? t("Onvoldoende militairen beschikbaar ("
                + eco.soldiersAvailable() + ")", "Not enough soldiers available (" + eco.soldiersAvailable() + ")") : null;
        }, (a, p) -> {
            int node = m.node(p.string("node"));
            int v = inf.nodeRegion(node);
            long soldiers = (long) m.p("defence.guardSoldiers");
            eco.soldiersOnGuard += soldiers;
            long d = (long) (m.p("defence.supportDelayHours") * H / (dis.liaison[v] ? 2 : 1));
            return book.later(d, () -> {
                for (int s : inf.nodeSectors(node)) {
                    inf.guarded[v][s] = true;
                }
            }, () -> eco.soldiersOnGuard -= soldiers);
        });
        rule("guard-military-object", (a, p) -> {
            if (tr.guardedSites.contains(p.string("site"))) {
                return t("Object wordt al bewaakt", "The object is already guarded");
            }
            return eco.soldiersAvailable() < m.p("defence.guardSoldiers") ? t("Onvoldoende militairen beschikbaar",
                "Not enough soldiers available") : null;
        }, (a, p) -> {
            long soldiers = (long) m.p("defence.guardSoldiers");
            eco.soldiersOnGuard += soldiers;
            return book.later(6 * H, () -> tr.guardedSites.add(p.string("site")), () -> eco.soldiersOnGuard -= soldiers);
        });
        rule("investigate-sabotage", (a, p) -> inf.investigated[m.vr(p.string("region"))]
            ? t("Onderzoek loopt al", "An investigation is already under way") : null,
            (a, p) -> book.later(12 * H, () -> {
                int v = m.vr(p.string("region"));
                inf.investigated[v] = true;
                soc.trust[v] = Society.clamp(soc.trust[v] + 1);
            }));
    }

    private int operatorSector(String roleType) {
        return switch (roleType) {
            case "drinkwater" -> 4;
            case "waterschap" -> 7;
            case "telecom" -> 3;
            case "havenbedrijf", "czsk" -> Infrastructure.SECTOR_NAMES.size();
            default -> 0;
        };
    }

    private void infrastructure() {
        rule("set-restoration-order", (a, p) -> {
            List<String> order = p.list("order");
            return order.stream().distinct().count() != order.size() ? t("Een sector staat dubbel in de volgorde",
                "A sector appears twice in the order") : null;
        }, (a, p) -> {
            List<String> order = List.copyOf(p.list("order"));
            if ("netbeheerder".equals(a.type())) {
                inf.regionOrder.set(m.vr(a.region()), order);
            } else {
                inf.nationalOrder = order;
            }
            return now();
        });
        rule("shed-load", (a, p) -> inf.shortfall <= 0 ? t("Geen tekort aan aanbod: afschakelen is niet nodig",
            "No supply shortfall: shedding is not needed") : null, (a, p) -> {
                inf.shed = p.number("share");
                inf.shedUntil = now() + hours(p);
                return now();
            });
        rule("deliver-generator-fuel", (a, p) -> {
            int v = m.vr(p.string("region"));
            int[] secs = Infrastructure.internalSectors(p.string("sector"));
            boolean any = false;
            for (int s : secs) {
                any |= inf.onBackup(v, s);
            }
            if (!any) {
                return t("Deze sector draait niet op noodstroom", "This sector is not running on backup power");
            }
            return eco.fuelDays <= 0 ? t("Geen brandstof meer", "No fuel left") : null;
        }, (a, p) -> {
            int v = m.vr(p.string("region"));
            int[] secs = Infrastructure.internalSectors(p.string("sector"));
            double extend = m.p("infra.fuelDelivery.extendHours");
            return book.later(4 * H, () -> {
                for (int s : secs) {
                    inf.extendBackup(v, s, extend);
                }
            });
        });
        rule("isolate-ot-networks", (a, p) -> {
            int s = operatorSector(a.type());
            return s < inf.otIsolated.length && inf.otIsolated[s] ? t("OT-netwerken zijn al geïsoleerd",
                "OT networks are already isolated") : null;
        }, (a, p) -> {
            int s = operatorSector(a.type());
            return book.later(6 * H, () -> inf.otIsolated[StrictMath.min(s, inf.otIsolated.length - 1)] = true);
        });
        rule("emergency-drinking-water", (a, p) -> {
            int v = m.vr(p.string("region"));
            if (soc.emergencyWater[v]) {
                return t("Nooddrinkwater wordt al verstrekt", "Emergency water is already supplied");
            }
            return inf.waterUp(v) ? t("De drinkwatervoorziening werkt", "Piped drinking water works") : null;
        }, (a, p) -> book.later(12 * H, () -> soc.emergencyWater[m.vr(p.string("region"))] = true));
        rule("deploy-mobile-masts", (a, p) -> {
            int v = m.vr(p.string("region"));
            if (inf.mobileMasts[v] > 0) {
                return t("Mobiele masten zijn al ingezet", "Mobile masts are already deployed");
            }
            return inf.masts(v) >= 0.999 ? t("Alle masten zijn in bedrijf", "All masts are up") : null;
        }, (a, p) -> book.later(6 * H, () -> inf.mobileMasts[m.vr(p.string("region"))] = 0.2));
        rule("raise-vigilance", (a, p) -> vigilant(a) ? t("Waakzaamheid is al verhoogd", "Vigilance is already raised")
            : null, (a, p) -> {
                if ("prorail".equals(a.type())) {
                    tr.vigilantRail = true;
                } else {
                    inf.vigilant[operatorSector(a.type())] = true;
                }
                return now();
            });
        rule("set-threat-level", (a, p) -> DecisionCatalogue.THREAT_LEVELS.indexOf(p.string("level")) == soc.threatLevel
            ? t("Dit dreigingsniveau geldt al", "This threat level already applies") : null, (a, p) -> {
                soc.threatLevel = DecisionCatalogue.THREAT_LEVELS.indexOf(p.string("level"));
                if (soc.threatLevel == 2) {
                    java.util.Arrays.fill(inf.vigilant, true);
                    tr.vigilantRail = true;
                }
                return now();
            });
        rule("issue-cyber-advice", (a, p) -> inf.cyberAdvice ? t("NCSC-advies is al uitgegeven",
            "NCSC advice is already issued") : null, (a, p) -> {
                inf.cyberAdvice = true;
                return now();
            });
    }

    private boolean vigilant(RoleInstance a) {
        return "prorail".equals(a.type()) ? tr.vigilantRail : inf.vigilant[operatorSector(a.type())];
    }

    /** Safety-region indices named by a REGION value: NL = all, a ROAZ region = its safety regions. */
    private int[] regions(String id) {
        if ("NL".equals(id)) {
            int[] all = new int[m.nVr];
            for (int v = 0; v < m.nVr; v++) {
                all[v] = v;
            }
            return all;
        }
        if (m.isVr(id)) {
            return new int[] {m.vr(id)};
        }
        int r = m.roaz(id);
        return java.util.stream.IntStream.range(0, m.nVr).filter(v -> m.vrRoaz[v] == r).toArray();
    }

    private void society() {
        rule("issue-nl-alert", (a, p) -> {
            double reach = 0;
            for (int v : regions(p.string("region"))) {
                reach = StrictMath.max(reach, soc.nlAlertReach(v));
            }
            return reach <= 0 ? t("Geen masten in bedrijf: een NL-Alert bereikt niemand",
                "No masts up: an NL-Alert reaches nobody") : null;
        }, (a, p) -> {
            String msg = p.string("message");
            for (int v : regions(p.string("region"))) {
                double reach = soc.nlAlertReach(v);
                soc.trust[v] = Society.clamp(soc.trust[v] + 3 * reach);
                if ("denial".equals(msg)) {
                    soc.counter(null, reach, v);
                } else {
                    soc.unrest[v] = Society.clamp(soc.unrest[v] - 5 * reach);
                }
            }
            return now();
        });
        rule("counter-disinformation", (a, p) -> soc.wave(p.string("topic")) == null
            ? t("Geen actieve desinformatie over dit onderwerp", "No active disinformation on this topic") : null,
            (a, p) -> {
                int region = a.region() != null && m.isVr(a.region()) ? m.vr(a.region()) : -1;
                soc.counter(p.string("topic"), 0.6, region);
                soc.addTrust(region, 1);
                return now();
            });
        rule("address-the-nation", (a, p) -> now() - soc.lastAddress < 24 * H
            ? t("Minder dan 24 uur na de vorige toespraak", "Less than 24 hours after the previous address") : null,
            (a, p) -> {
                soc.lastAddress = now();
                soc.addTrust(-1, 4);
                soc.counter(null, 0.3, -1);
                return now();
            });
        rule("open-noodsteunpunten", (a, p) -> {
            int v = m.vr(p.string("region"));
            double needed = StrictMath.ceil(m.vrPopulation[v] / m.p("society.noodsteunpunt.inhabitants"));
            return soc.noodsteunpunten[v] + soc.noodsteunpuntenPending[v] >= needed
                ? t("Er zijn al genoeg noodsteunpunten (" + (long) needed + ")",
                    "There are enough noodsteunpunten already (" + (long) needed + ")") : null;
        }, (a, p) -> {
            int v = m.vr(p.string("region"));
            int count = (int) p.integer("count");
            soc.noodsteunpuntenPending[v] += count;
            return book.later(6 * H, () -> {
                soc.noodsteunpuntenPending[v] -= count;
                soc.noodsteunpunten[v] += count;
            }, () -> soc.noodsteunpuntenPending[v] -= count);
        });
        rule("emergency-ordinance", (a, p) -> {
            int v = m.vr(p.string("region"));
            return soc.unrest[v] < 20 && soc.protestUntil[v] <= now() ? t("Geen onrust of protest in de regio",
                "No unrest or protest in the region") : null;
        }, (a, p) -> {
            int v = m.vr(p.string("region"));
            soc.protestUntil[v] = now();
            soc.unrest[v] *= 0.5;
            soc.trust[v] = Society.clamp(soc.trust[v] - 1);
            for (int c = 0; c < tr.nc; c++) {
                if (!tr.open(c) && tr.protestClosure[c] && m.geo.corridors().get(c).safetyRegions().contains(p.string("region"))) {
                    tr.closedUntil[c] = now();
                }
            }
            return now();
        });
        rule("declare-emergency", (a, p) -> eco.emergency ? t("De noodtoestand geldt al", "A state of emergency already applies")
            : null, (a, p) -> {
                eco.emergency = true;
                soc.addTrust(-1, -2);
                return now();
            });
        rule("lift-emergency", (a, p) -> eco.emergency ? null : t("Er geldt geen noodtoestand",
            "No state of emergency applies"), (a, p) -> {
                eco.emergency = false;
                eco.rationing = false;
                return now();
            });
        rule("ration-fuel", (a, p) -> {
            if (eco.rationing) {
                return t("Brandstof wordt al gerantsoeneerd", "Fuel is already rationed");
            }
            return !eco.emergency && eco.fuelDays >= 30 ? t("Vereist de noodtoestand of minder dan 30 dagen voorraad",
                "Needs a state of emergency or less than 30 days of stock") : null;
        }, (a, p) -> {
            eco.rationing = true;
            eco.militaryFuelPriority = p.bool("militaryPriority", true);
            return now();
        });
        rule("preparedness-campaign", (a, p) -> soc.campaignStart >= 0 ? t("De campagne loopt al",
            "The campaign is already running") : null, (a, p) -> {
                soc.campaignStart = now();
                return now() + 14 * Model.DAY;
            });
        rule("request-international-assistance", (a, p) -> assistance[DecisionCatalogue.ASSISTANCE.indexOf(p.string("kind"))]
            ? t("Deze bijstand is al gevraagd", "This assistance was already requested") : null, (a, p) -> {
                int k = DecisionCatalogue.ASSISTANCE.indexOf(p.string("kind"));
                assistance[k] = true;
                return book.later(24 * H, () -> {
                    switch (k) {
                        case 0 -> h.abroadQuota *= 2;
                        case 1 -> inf.crews += 4;
                        default -> h.medicineDays += 15;
                    }
                }, () -> assistance[k] = false);
            });
    }

    private final boolean[] assistance = new boolean[DecisionCatalogue.ASSISTANCE.size()];

    private void displacedAndEconomy() {
        rule("open-reception-site", (a, p) -> {
            int v = m.vr(p.string("region"));
            return dis.capacity[v] - dis.inReception[v] > 5000 ? t("De regio heeft nog ruim opvangplek",
                "The region still has ample reception places") : null;
        }, (a, p) -> {
            long d = (long) (m.p("displaced.siteOpenHours") * H);
            dis.openSite(d, m.vr(p.string("region")), p.number("places", m.p("displaced.sitePlaces")),
                !p.bool("offRoute", true));
            return now() + d;
        });
        rule("traffic-plan-displaced", (a, p) -> {
            int v = m.vr(p.string("region"));
            if (dis.trafficPlan[v]) {
                return t("Er is al een verkeersplan", "A traffic plan is already in place");
            }
            return dis.militaryRegion[v] ? null : t("Geen militaire route in de regio", "No military route in the region");
        }, (a, p) -> book.later(6 * H, () -> dis.trafficPlan[m.vr(p.string("region"))] = true));
        rule("scale-up-registration", (a, p) -> dis.registrationFactor[m.vr(p.string("region"))] > 1
            ? t("Registratie is al opgeschaald", "Registration is already scaled up") : null,
            (a, p) -> book.later(12 * H, () -> dis.registrationFactor[m.vr(p.string("region"))] = 2));
        rule("deploy-cimic-liaison", (a, p) -> dis.liaison[m.vr(p.string("region"))]
            ? t("Er is al een CIMIC-liaison", "A CIMIC liaison is already deployed") : null,
            (a, p) -> book.later(12 * H, () -> dis.liaison[m.vr(p.string("region"))] = true));
        rule("call-up-reservists", (a, p) -> {
            long left = eco.reservistsAvailable - eco.reservistsCalled;
            return p.integer("count") > left ? t("Nog " + left + " reservisten beschikbaar",
                left + " reservists left") : null;
        }, (a, p) -> {
            eco.reservistsCalled += p.integer("count");
            h.refreshCapacity();
            return now();
        });
        rule("exempt-critical-staff", (a, p) -> {
            int s = DecisionCatalogue.STAFF_SECTORS.indexOf(p.string("sector"));
            if (eco.reservistsCalled == 0) {
                return t("Er zijn geen reservisten opgeroepen", "No reservists are called up");
            }
            return eco.exempt[s] ? t("Deze sector is al vrijgesteld", "This sector is already exempted") : null;
        }, (a, p) -> {
            eco.exempt[DecisionCatalogue.STAFF_SECTORS.indexOf(p.string("sector"))] = true;
            h.refreshCapacity();
            return now();
        });
    }
}
