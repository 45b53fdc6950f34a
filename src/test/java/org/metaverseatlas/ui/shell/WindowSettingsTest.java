package org.metaverseatlas.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowSettingsTest {
    @TempDir
    Path folder;

    private final WindowSettings settings = new WindowSettings(40, 30, 1280, 800, false, true,
            WindowSettings.ShownViews.MAP, Double.NaN, 0.7, 0.8);

    @Test
    void whatIsSavedLoadsBackTheSame() throws IOException {
        settings.save(folder);
        assertThat(WindowSettings.load(folder)).contains(settings);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve(WindowSettings.FILE_NAME));
        }
    }

    @Test
    void noFileOrADamagedOneMeansDefaults() throws IOException {
        assertThat(WindowSettings.load(folder)).isEmpty();
        Files.writeString(folder.resolve(WindowSettings.FILE_NAME), "width=wide\nheight=800\n");
        assertThat(WindowSettings.load(folder)).isEmpty();
        Files.writeString(folder.resolve(WindowSettings.FILE_NAME), "width=900\nheight=700\nviews=SIDEWAYS\n");
        assertThat(WindowSettings.load(folder)).isEmpty();
    }

    @Test
    void dividersOutsideTheWindowAreForgotten() throws IOException {
        Files.writeString(folder.resolve(WindowSettings.FILE_NAME), "width=900\nheight=700\nmainDivider=1.7\n");
        assertThat(WindowSettings.load(folder)).hasValueSatisfying(s -> {
            assertThat(s.mainDivider()).isNaN();
            assertThat(s.views()).isEqualTo(WindowSettings.ShownViews.BOTH);
            assertThat(s.dark()).isFalse();
        });
    }

    @Test
    void aFolderThatCannotBeWrittenFailsAndLeavesNothing() {
        Path missing = folder.resolve("gone");
        assertThatThrownBy(() -> settings.save(missing)).isInstanceOf(IOException.class);
        assertThat(missing).doesNotExist();
    }
}
