package nl.paraat.world;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The default data file of the Netherlands ({@code netherlands.json}): geography and parameter catalogue. */
@JsonIgnoreProperties({"notes"})
public record Geography(int version, List<RoazRegion> roazRegions, List<SafetyRegion> safetyRegions,
                        List<Port> ports, List<Airport> airports, List<Corridor> corridors,
                        List<MilitarySite> militarySites, List<InfraNode> nodes, List<ParameterJson> parameters) {

    /** An acute-care (ROAZ) region with its level-1 trauma centre. */
    public record RoazRegion(String id, String name, String traumaCentre, double lat, double lon, int icuBeds,
                             int wardBeds, int burnBeds, String burnCentre, long population, int ambulances) {
    }

    /** A safety region (veiligheidsregio) with the seat of its chair, mapped to one ROAZ region. */
    public record SafetyRegion(String id, String name, String seat, double lat, double lon, String roaz,
                               long population) {
    }

    /** A port: military berths for ro-ro ships, civil berths and commercial calls per day (sea-going, inland). */
    public record Port(String id, String name, double lat, double lon, String safetyRegion, int militaryBerths,
                       int civilBerths, double seaCallsPerDay, double inlandCallsPerDay) {
    }

    /** kind: civil, military (air base) or shared; movementsPerDay: take-offs and landings on a normal day. */
    public record Airport(String id, String name, String kind, double lat, double lon, String safetyRegion,
                          double movementsPerDay) {
    }

    /** A rail or road corridor from a port/hinterland towards the German border. */
    public record Corridor(String id, String name, String mode, String origin, String border, double originLat,
                           double originLon, double borderLat, double borderLon, double lengthKm,
                           int capacityPerDay, int civilPerDay, List<String> alternatives,
                           List<String> safetyRegions, List<String> servesPorts) {
        public boolean rail() {
            return "rail".equals(mode);
        }
    }

    /** kind: barracks, hospital, command, naval-base, staging, rest-area. */
    public record MilitarySite(String id, String name, String kind, double lat, double lon, String safetyRegion) {
    }

    /** An infrastructure node; sector e.g. power, masts, water; safetyRegion null for national nodes. */
    public record InfraNode(String id, String name, String sector, String safetyRegion, double lat, double lon) {
    }

    /** A parameter as written in the JSON file. */
    public record ParameterJson(String id, String unit, @JsonProperty("default") double defaultValue, double min,
                                double max, String source, String description) {
        ParameterDef toDef() {
            return new ParameterDef(id, unit, defaultValue, min, max, source, description);
        }
    }

    /** Loads a data file; a malformed file gives an IllegalArgumentException naming the resource, line and field. */
    public static Geography load(InputStream in, String name) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (in) {
            return mapper.readValue(in, Geography.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
            throw new IllegalArgumentException(name + ":" + line + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The default data file of the Netherlands. */
    public static Geography netherlands() {
        InputStream in = Geography.class.getResourceAsStream("netherlands.json");
        if (in == null) {
            throw new IllegalStateException("netherlands.json missing from the class path");
        }
        return load(in, "netherlands.json");
    }
}
