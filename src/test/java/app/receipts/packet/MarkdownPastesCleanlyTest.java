package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;
import org.junit.jupiter.api.Test;

/**
 * The Markdown file is pasted into review tools: rendered as CommonMark with GFM tables (and a
 * GitHub-style strikethrough of one or two tildes), every entry's text must read exactly as typed,
 * with no structure, link, code or HTML of its own, and no backslash where none was needed.
 */
class MarkdownPastesCleanlyTest {
  static final List<String> HOSTILE =
      List.of(
          "Cut *p95* latency by 2*3x, and 5 * 4 stays",
          "Renamed _legacy_ flags; kept customer_id, __init__ and snake_case_",
          "Fixed `rm -rf` in the ``deploy`` script",
          "# payments migration shipped",
          "#payments channel quiet; ## still not a heading",
          "1. shipped the importer",
          "2026) was the year",
          "<b>bold</b>, <script>x</script>, <3, a < b > c, <https://auto.example>",
          "[x](https://evil.example) and [y] and ![img](https://evil.example/i.png) and [^1]",
          "a | b | c",
          "~~struck~~ and ~200 req/s and a~b~c and ~one~",
          "back\\slash \\* and \\_ and trailing\\",
          "saved $14k/month (US$3k) and $5 and 5$ later",
          "R&D, &amp;, &#169; and &copy;",
          "- dash start",
          "+ plus start",
          "* star start",
          "> quote start",
          "---",
          "***",
          "___",
          "~~~ fence",
          "``` fence",
          "===",
          "[ ] task box",
          "[x]: https://a.example",
          "<div>block</div>",
          "**strong** and __strong__",
          "*",
          "\\");

  private static final String OUR_LINK = "https://ok.example/pr/1";

  private final Counting strikethrough = new Counting();
  private final Parser parser =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .customDelimiterProcessor(strikethrough)
          .build();

  @Test
  void every_hostile_entry_reads_as_typed_in_the_rendered_packet() {
    List<Entry> entries = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      entries.add(
          PacketFixtures.win(
              i + 1,
              day.plusDays(i).toString(),
              Competency.values()[i % Competency.values().length],
              text,
              text,
              text,
              OUR_LINK));
    }
    entries.add(
        PacketFixtures.praise(
            100,
            "2026-06-01",
            Competency.COLLABORATION,
            "U0ALEX",
            // as Slack stores it: what was typed as "&" arrives as "&amp;"
            "*<https://ok.example/doc|the design doc>* was _great_ &amp; saved ~3 days"));
    Packet packet =
        new PacketCompiler()
            .compile("Zoë *Ångström*_", PacketFixtures.H1_2026, entries, PacketFixtures.AUTHORS);
    String markdown = new MarkdownPacketRenderer().render(packet);

    Node document = parser.parse(markdown);
    Visible visible = new Visible();
    document.accept(visible);

    assertAll(
        HOSTILE.stream()
            .map(
                text ->
                    () ->
                        assertTrue(
                            visible.blocks.stream().anyMatch(b -> b.endsWith(": " + text)),
                            () -> "“" + text + "” is not shown as typed in:\n" + markdown)));
    assertTrue(
        visible.blocks.stream()
            // Slack's *bold* and _italic_ are bold and italic here too, so their marks are not
            // printed
            .anyMatch(b -> b.startsWith("“the design doc was great & saved ~3 days”")),
        () -> "praise as typed: " + visible.blocks);
    assertTrue(
        markdown.contains("“**[the design doc](https://ok.example/doc)** was *great*"), markdown);
    assertTrue(visible.blocks.contains("Review packet: Zoë *Ångström*_"), visible.blocks::toString);
    assertEquals(0, strikethrough.formed, "strikethrough formed");
    assertEquals(List.of(), visible.forbidden, "structure from user text");
    assertTrue(
        Set.of(OUR_LINK, "https://ok.example/doc", praiseLink()).containsAll(visible.links),
        () -> "links: " + visible.links);
    assertTrue(visible.links.contains("https://ok.example/doc"), "the praise's own link works");
  }

  @Test
  void every_hostile_text_reads_as_typed_at_a_line_start_in_a_bullet_and_in_a_table_cell() {
    for (String text : HOSTILE) {
      String expected = PacketText.oneLine(text);
      String escaped = MarkdownText.escape(text);
      for (String markdown :
          List.of(
              escaped + "\n",
              "- " + escaped + "\n",
              "1. " + escaped + "\n",
              "**" + escaped + "**\n",
              "| Entry |\n| --- |\n| " + MarkdownText.cell(text) + " |\n")) {
        Visible visible = new Visible();
        parser.parse(markdown).accept(visible);
        assertEquals(List.of(expected), visible.blocks, markdown);
        assertEquals(List.of(), visible.forbidden, markdown);
        assertEquals(List.of(), visible.links, markdown);
        assertEquals(0, strikethrough.formed, markdown);
      }
    }
  }

  @Test
  void leaves_mid_word_underscores_money_tildes_and_hashes_alone() {
    String markdown =
        new MarkdownPacketRenderer()
            .render(
                new PacketCompiler()
                    .compile(
                        "Zoë",
                        PacketFixtures.H1_2026,
                        List.of(
                            PacketFixtures.win(
                                1,
                                "2026-03-01",
                                Competency.PROBLEM_SOLVING,
                                "Dropped customer_id from #payments, saving $14k/month (US$3k)",
                                "~200 fewer pages a month",
                                "$14k/month"))));
    assertAll(
        () -> assertTrue(markdown.contains("customer_id"), markdown),
        () -> assertTrue(markdown.contains("#payments"), markdown),
        () -> assertTrue(markdown.contains(" $14k/month"), markdown),
        () -> assertTrue(markdown.contains("US$3k"), markdown),
        () -> assertTrue(markdown.contains("~200 fewer pages"), markdown),
        () -> assertFalse(markdown.contains("\\$"), markdown),
        () -> assertFalse(markdown.contains("\\_"), markdown),
        () -> assertFalse(markdown.contains("\\~"), markdown),
        () -> assertFalse(markdown.contains("\\#"), markdown));
  }

  private static String praiseLink() {
    return PacketFixtures.praise(100, "2026-06-01", Competency.COLLABORATION, "U0ALEX", "x")
        .permalink();
  }

  /** The text a reader sees, block by block, and anything user text must never produce. */
  private static final class Visible extends AbstractVisitor {
    final List<String> blocks = new ArrayList<>();
    final List<String> forbidden = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    private StringBuilder current;

    @Override
    public void visit(Paragraph paragraph) {
      block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      block(heading);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableCell) {
        if (!(node.getParent().getParent() instanceof org.commonmark.ext.gfm.tables.TableHead)) {
          block(node);
        }
        return;
      }
      super.visit(node);
    }

    private void block(Node node) {
      StringBuilder outer = current;
      current = new StringBuilder();
      visitChildren(node);
      blocks.add(current.toString().strip());
      current = outer;
    }

    @Override
    public void visit(Text text) {
      if (current != null) {
        current.append(text.getLiteral());
      }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      current.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      forbidden.add("hard line break");
    }

    @Override
    public void visit(Code code) {
      forbidden.add("code span " + code.getLiteral());
      current.append(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      forbidden.add("inline HTML " + html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      forbidden.add("HTML block " + html.getLiteral());
    }

    @Override
    public void visit(Image image) {
      forbidden.add("image " + image.getDestination());
    }

    @Override
    public void visit(Link link) {
      links.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(BlockQuote quote) {
      forbidden.add("block quote");
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      forbidden.add("fenced code " + code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      forbidden.add("indented code " + code.getLiteral());
    }

    @Override
    public void visit(ThematicBreak rule) {
      forbidden.add("thematic break");
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
      forbidden.add("link reference " + definition.getLabel());
    }
  }

  /** GitHub's strikethrough: a pair of equal runs of one or two tildes; counts each it forms. */
  private static final class Counting implements DelimiterProcessor {
    int formed;

    @Override
    public char getOpeningCharacter() {
      return '~';
    }

    @Override
    public char getClosingCharacter() {
      return '~';
    }

    @Override
    public int getMinLength() {
      return 1;
    }

    @Override
    public int process(DelimiterRun opening, DelimiterRun closing) {
      if (opening.length() != closing.length() || opening.length() > 2) {
        return 0;
      }
      formed++;
      return opening.length();
    }
  }
}
