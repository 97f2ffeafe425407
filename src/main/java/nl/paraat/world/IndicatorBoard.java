package nl.paraat.world;

final class IndicatorBoard {
    IndicatorBoard(WorldCatalog c, Model m, SampleListener after) {
    }

    void start() {
    }

    double current(String id, String scope) {
        return Double.NaN;
    }

    IndicatorSeries series(String id, String scope) {
        return new IndicatorSeries(new SeriesStore(1), 0);
    }
}
