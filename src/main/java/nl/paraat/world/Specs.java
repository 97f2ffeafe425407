package nl.paraat.world;

import java.util.List;

/** Short constructors for parameter specifications of the catalogues. */
final class Specs {
    private Specs() {
    }

    static ParamSpec req(String name, ParamKind kind, String nl, String en) {
        return new ParamSpec(name, kind, true, null, null, List.of(), Text.of(nl, en));
    }

    static ParamSpec opt(String name, ParamKind kind, String nl, String en) {
        return new ParamSpec(name, kind, false, null, null, List.of(), Text.of(nl, en));
    }

    static ParamSpec num(String name, ParamKind kind, boolean required, double min, double max, String nl, String en) {
        return new ParamSpec(name, kind, required, min, max, List.of(), Text.of(nl, en));
    }

    static ParamSpec choice(String name, boolean required, List<String> allowed, String nl, String en) {
        return new ParamSpec(name, ParamKind.ENUM, required, null, null, allowed, Text.of(nl, en));
    }

    static ParamSpec list(String name, boolean required, List<String> allowed, String nl, String en) {
        return new ParamSpec(name, ParamKind.LIST, required, null, null, allowed, Text.of(nl, en));
    }
}
