package org.metaverseatlas.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {
    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(DataDirectory.resolve(Path.of("/tmp/x"), Map.of("METAVERSE_ATLAS_HOME", "/tmp/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformFolder() {
        assertThat(DataDirectory.resolve(null, Map.of("METAVERSE_ATLAS_HOME", "/tmp/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void linuxFollowsXdgDataHomeWithTheUsualDefault() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/metaverse-atlas"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/metaverse-atlas"));
    }

    @Test
    void macAndWindowsUseTheirUsualFolders() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Metaverse Atlas"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "Metaverse Atlas"));
    }

    @Test
    void aFolderUnderTheHomeFolderIsShownFromTilde() {
        assertThat(DataDirectory.describe(Path.of("/home/u/.local/share/metaverse-atlas"), "/home/u"))
                .isEqualTo("~/.local/share/metaverse-atlas");
        assertThat(DataDirectory.describe(Path.of("/home/u"), "/home/u")).isEqualTo("~");
        assertThat(DataDirectory.describe(Path.of("/home/user2/atlas"), "/home/u")).isEqualTo("/home/user2/atlas");
        assertThat(DataDirectory.describe(Path.of("/srv/atlas"), "/")).isEqualTo("/srv/atlas");
    }
}
