package org.metaverseatlas.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeFileWriterTest {
    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("out.pdf");
        SafeFileWriter.write(target, out -> out.write("complete".getBytes()));

        assertThat(target).hasContent("complete");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aFullDiskLeavesNeitherAPartialFileNorTheTemporaryOne() throws Exception {
        Path target = folder.resolve("out.pdf");

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("the disk is full");
        assertThat(filesIn(folder)).isZero();
    }

    @Test
    void aFailureKeepsTheOldFileIntact() throws Exception {
        Path target = folder.resolve("out.pdf");
        Files.writeString(target, "previous");

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("Input/output error");
        })).isInstanceOf(ExportException.class).hasMessageContaining("Input/output error");
        assertThat(target).hasContent("previous");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aPathInsideAFileIsRefusedByName() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");
        Path target = notAFolder.resolve("out.pdf");

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining(target.toString());
    }

    @Test
    void aFolderIsNotOverwritten() throws Exception {
        Path target = Files.createDirectory(folder.resolve("out.pdf"));

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("it is a folder");
        assertThat(target).isDirectory();
    }

    @Test
    void aFileThatCannotBeCreatedInAnExistingFolderIsNotBlamedOnTheFolder() {
        java.nio.file.NoSuchFileException refused = new java.nio.file.NoSuchFileException("out.pdf.part");

        assertThat(SafeFileWriter.reason(refused, folder.resolve("out.pdf")))
                .isEqualTo("the folder does not take new files");
        assertThat(SafeFileWriter.reason(refused, folder.resolve("gone").resolve("out.pdf")))
                .isEqualTo("the folder does not exist");
    }
}
