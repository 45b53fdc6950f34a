package org.metaverseatlas.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @Test
    void aLoneDataDirectoryOptionOpensTheWindowDirectly() {
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"--data-dir", "/tmp/a"})).isEqualTo(Path.of("/tmp/a"));
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"--data-dir=/tmp/b"})).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void commandsAndOtherOptionsGoToTheCommandLine() {
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"list", "--data-dir", "/tmp/a"})).isNull();
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"--data-dir", "--help"})).isNull();
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"--help"})).isNull();
        assertThat(Launcher.windowOnlyDataDirectory(new String[] {"--data-dir="})).isNull();
    }
}
