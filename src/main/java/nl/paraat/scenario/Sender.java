package nl.paraat.scenario;

import nl.paraat.world.Text;

/** The simulated person or organisation an inject comes from. */
public record Sender(Text name, Text organisation) {
}
