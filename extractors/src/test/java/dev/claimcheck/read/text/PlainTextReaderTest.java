package dev.claimcheck.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Document;
import dev.claimcheck.read.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private static Document read(String text) {
    return new PlainTextReader(ReadLimits.DEFAULT).layOut("t.txt", text);
  }

  private static List<String> kinds(Document d) {
    return d.blocks().stream().map(b -> b.kind() + ":" + b.text()).toList();
  }

  @Test
  void wikiCopyHasTitleInfoboxHeadingsAndReferences() {
    Document d = read("""
        Harbour Tramway


        The tramway opened in 1881.[1] It closed in 1952.

        Harbour Tramway
        Opened1881
        Closed1952
        OperatorWestmere Company

        History edit

        It was electrified in 1901.[1]

        References edit

          1. ^ a b Penrose, Ada (1998). Trams. Quayside Press.
        """);
    assertThat(d.title()).isEqualTo("Harbour Tramway");
    assertThat(kinds(d)).containsExactly(
        "TITLE:Harbour Tramway",
        "PARAGRAPH:The tramway opened in 1881.[1] It closed in 1952.",
        "INFOBOX:Harbour Tramway", "INFOBOX:Opened1881", "INFOBOX:Closed1952",
        "INFOBOX:OperatorWestmere Company",
        "HEADING:History",
        "PARAGRAPH:It was electrified in 1901.[1]",
        "HEADING:References",
        "REFERENCE_ENTRY:1. ^ a b Penrose, Ada (1998). Trams. Quayside Press.");
    Block history = d.blocks().get(7);
    assertThat(history.section()).isEqualTo("History");
    assertThat(d.slice(history.span())).isEqualTo(history.text());
  }

  @Test
  void blogLinesLeadInsListsAndFurniture() {
    Document d = read("""
        The bridge was supposed to open in 2015 and it never did, for reasons nobody explains.
        What Went Wrong
        The website uses:
        Riverside Bridge Project
        It was designed to:
        Cut travel times
        Bring trade to the east bank
        ✔ Broken promises
        No comments:
        Post a Comment
        """);
    assertThat(d.title()).isNull();
    assertThat(kinds(d)).containsExactly(
        "PARAGRAPH:The bridge was supposed to open in 2015 and it never did, for reasons nobody explains.",
        "HEADING:What Went Wrong",
        "PARAGRAPH:The website uses:\nRiverside Bridge Project",
        "PARAGRAPH:It was designed to:",
        "LIST_ITEM:Cut travel times",
        "LIST_ITEM:Bring trade to the east bank",
        "LIST_ITEM:Broken promises",
        "BOILERPLATE:No comments:",
        "BOILERPLATE:Post a Comment");
  }

  @Test
  void wrappedParagraphIsOneBlock() {
    Document d = read("""
        A Wrapped Note

        This paragraph was wrapped at a fixed width by the tool that saved
        it, so its lines are all of a similar length and none of them is a
        heading or a list item of any kind.

        Second paragraph here.
        """);
    assertThat(d.blocks()).extracting(Block::kind)
        .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
  }

  @Test
  void longTextIsCutAtALineEndAndMarkedTruncated() {
    Document d = new PlainTextReader(new ReadLimits(1000, 30)).layOut("t.txt",
        "First line of text.\nSecond line of text.\nThird.\n");
    assertThat(d.truncated()).isTrue();
    assertThat(d.text()).isEqualTo("First line of text.");
    assertThat(d.warnings()).singleElement().asString().contains("limit 30");
  }

  @Test
  void idDependsOnSourceAndText() {
    assertThat(read("Same text here.").id()).isEqualTo(read("Same text here.").id());
    assertThat(read("Same text here.").id()).isNotEqualTo(read("Other text here.").id());
    assertThat(new PlainTextReader(ReadLimits.DEFAULT).layOut("other.txt", "Same text here.").id())
        .isNotEqualTo(read("Same text here.").id());
  }
}
