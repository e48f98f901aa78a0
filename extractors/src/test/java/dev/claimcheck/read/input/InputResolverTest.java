package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir Path dir;

  private Path write(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "text");
    return p;
  }

  @Test
  void foldersAreReadRecursivelyInOrderWithoutHiddenFiles() throws Exception {
    write("corpus/b.txt");
    write("corpus/a/z.txt");
    write("corpus/.git/config");
    write("corpus/.hidden.txt");
    List<InputFile> files = InputResolver.resolve(List.of(dir.resolve("corpus").toString()));
    assertThat(files).extracting(InputFile::source).containsExactly("corpus/a/z.txt", "corpus/b.txt");
  }

  @Test
  void filesAndGlobs() throws Exception {
    Path one = write("in/one.txt");
    write("in/two.md");
    write("in/sub/three.txt");
    assertThat(InputResolver.resolve(List.of(one.toString()))).extracting(InputFile::source)
        .containsExactly("one.txt");
    assertThat(InputResolver.resolve(List.of(dir.resolve("in").toString() + "/*.txt")))
        .extracting(InputFile::source).containsExactly("in/one.txt");
    assertThat(InputResolver.resolve(List.of(dir.resolve("in").toString() + "/**/*.txt")))
        .extracting(InputFile::source).containsExactly("in/sub/three.txt");
  }

  @Test
  void theSameFileTwiceIsReadOnce() throws Exception {
    Path one = write("in/one.txt");
    assertThat(InputResolver.resolve(List.of(one.toString(), one.toString()))).hasSize(1);
  }

  @Test
  void missingInputIsAnError() {
    assertThatThrownBy(() -> InputResolver.resolve(List.of(dir.resolve("nope.txt").toString())))
        .isInstanceOf(InputResolver.InputException.class)
        .hasMessageContaining("input not found");
    assertThatThrownBy(() -> InputResolver.resolve(List.of(dir.toString() + "/*.none")))
        .hasMessageContaining("matches no file");
  }
}
