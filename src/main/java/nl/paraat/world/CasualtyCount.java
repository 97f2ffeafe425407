package nl.paraat.world;

/**
 * Where every casualty is: arrived = waiting + inBed + inTransport + discharged + died. discharged includes patients
 * moved abroad (they left the Dutch system), also counted separately in movedAbroad.
 */
public record CasualtyCount(long arrived, long waiting, long inBed, long inTransport, long discharged, long died,
                            long movedAbroad) {
    public boolean balanced() {
        return arrived == waiting + inBed + inTransport + discharged + died;
    }
}
