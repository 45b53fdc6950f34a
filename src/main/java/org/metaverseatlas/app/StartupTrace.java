package org.metaverseatlas.app;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Reports the phases of a launch on standard error, in milliseconds since the process started, when the system
 * property {@code metaverseatlas.startupTrace} is {@code true} (off by default): one line a phase,
 * {@code startup <phase> <ms>}. The last phase, {@link Phase#FIRST_DATA_FRAME}, is the pulse in which the timeline,
 * the map and the table have all drawn the catalog; with {@code metaverseatlas.startupTrace=exit} the window closes
 * right after reporting it (for start-up-time.sh, which runs many launches in a row).
 */
public final class StartupTrace {
    /** The phases of a launch, in the order they usually come. */
    public enum Phase {
        JAVAFX_STARTED("javafx-started"), WINDOW_SHOWN("window-shown"), STORE_OPEN("store-open"),
        CATALOG_READ("catalog-read"), MAP_GEOMETRY_READY("map-geometry-ready"), VIEWS_BUILT("views-built"),
        CATALOG_TAKEN("catalog-taken"),
        FIRST_DATA_FRAME("first-data-frame");

        private final String name;

        Phase(String name) {
            this.name = name;
        }

        public String label() {
            return name;
        }
    }

    private static final String PROPERTY = "metaverseatlas.startupTrace";
    private static final String MODE = System.getProperty(PROPERTY, "");
    private static final boolean ON = MODE.equals("true") || MODE.equals("exit");
    private static final Map<Phase, Long> SEEN = new ConcurrentHashMap<>();
    private static final PrintStream OUT = System.err;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Notes a phase the first time it is reached; later calls for it are ignored. */
    public static void reached(Phase phase) {
        if (!ON || SEEN.containsKey(phase)) {
            return;
        }
        long ms = System.currentTimeMillis() - processStart();
        if (SEEN.putIfAbsent(phase, ms) == null) {
            OUT.println("startup " + phase.label() + " " + ms);
            OUT.flush();
            if (phase == Phase.FIRST_DATA_FRAME && MODE.equals("exit")) {
                // The figure is out; close as the user would, so the next launch finds the store closed cleanly.
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
            }
        }
    }

    private static long start = -1;

    /** When this process started, in epoch milliseconds: the JVM's own record of it. */
    private static synchronized long processStart() {
        if (start < 0) {
            start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            OUT.println("startup process-start 0");
        }
        return start;
    }

    /** Takes the process start time now, so that later phases are not delayed by reading it. */
    public static void begin() {
        if (ON) {
            processStart();
        }
    }
}
