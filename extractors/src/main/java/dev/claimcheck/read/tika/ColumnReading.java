package dev.claimcheck.read.tika;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Entities;

/**
 * A PDF re-read in column order, as the page-and-paragraph XHTML Tika writes, when one of its
 * first pages draws its two columns row by row ({@link ColumnOrder}). A PDF whose drawn order is
 * its reading order gives nothing, and Tika's conversion stands.
 */
final class ColumnReading {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  /** The pages looked at first: a PDF whose first pages keep their drawn order is read by Tika alone. */
  private static final int PAGES_LOOKED_AT = 4;

  private ColumnReading() {}

  /**
   * The PDF's XHTML in column order, or empty when no page needs it or the PDF cannot be read.
   * Called only on a PDF Tika converted whole, so the text is within the document's bound.
   */
  static Optional<String> xhtml(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ColumnStripper first = new ColumnStripper(true);
      first.setEndPage(PAGES_LOOKED_AT);
      first.writeText(document, Writer.nullWriter());
      if (first.reordered == 0) {
        return Optional.empty();
      }
      ColumnStripper stripper = new ColumnStripper(false);
      StringWriter out = new StringWriter();
      out.write("<html><body>");
      stripper.writeText(document, out);
      out.write("</body></html>");
      return stripper.reordered > 0 ? Optional.of(out.toString()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // Tika's conversion, which did read it, stands
    }
  }

  /** PDFBox's text stripper writing pages and paragraphs as XHTML, each page in reading order. */
  private static final class ColumnStripper extends PDFTextStripper {
    /** Only counts the pages to re-read, writing nothing. */
    private final boolean looking;
    private int reordered;
    private float pageWidth;

    ColumnStripper(boolean looking) {
      this.looking = looking;
      setPageStart("<div class=\"page\">");
      setPageEnd("</div>\n");
      setParagraphStart("<p>");
      setParagraphEnd("</p>\n");
      setLineSeparator("\n");
      setWordSeparator(" ");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      pageWidth = page.getCropBox().getWidth();
      super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
      List<TextPosition> drawn = new ArrayList<>();
      charactersByArticle.forEach(drawn::addAll);
      List<List<TextPosition>> regions = ColumnOrder.regions(drawn, pageWidth);
      if (regions != null) {
        reordered++;
      }
      if (looking) {
        return;
      }
      if (regions == null) {
        super.writePage();
        return;
      }
      charactersByArticle.clear();
      charactersByArticle.addAll(regions);
      setSortByPosition(true);
      try {
        super.writePage();
      } finally {
        setSortByPosition(false);
      }
    }

    @Override
    protected void writeString(String text) throws IOException {
      output.write(escape(text));
    }
  }

  /** Text as XHTML character data: markup characters escaped, control characters (but line breaks) blanked. */
  private static String escape(String text) {
    return Entities.escape(CONTROL.matcher(text).replaceAll(" "));
  }
}
