package org.metaverseatlas.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --data-dir} first, then {@code METAVERSE_ATLAS_HOME}, then the platform's
 * per-user data folder ({@code $XDG_DATA_HOME/metaverse-atlas}, by default {@code ~/.local/share/metaverse-atlas};
 * {@code ~/Library/Application Support/Metaverse Atlas} on macOS; {@code %APPDATA%\Metaverse Atlas} on Windows).
 */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "METAVERSE_ATLAS_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> environment, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = environment.get(ENVIRONMENT_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "Metaverse Atlas");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Metaverse Atlas");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("metaverse-atlas");
    }

    /**
     * The folder as a user reads it in a status line: under the home folder it starts with {@code ~}
     * ({@code ~/.local/share/metaverse-atlas}); elsewhere it is the whole path.
     */
    public static String describe(Path directory, String userHome) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (userHome == null || userHome.isBlank()) {
            return absolute.toString();
        }
        Path home = Path.of(userHome).toAbsolutePath().normalize();
        if (absolute.equals(home)) {
            return "~";
        }
        if (home.getNameCount() > 0 && absolute.startsWith(home)) {
            return "~" + absolute.getFileSystem().getSeparator() + home.relativize(absolute);
        }
        return absolute.toString();
    }

    /** Resolves against this process's environment. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
