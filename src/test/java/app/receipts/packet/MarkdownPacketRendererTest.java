package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.Mrkdwn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownPacketRendererTest {
  private static final Path GOLDEN = Path.of("src/test/resources/fixtures/packet-golden.md");

  private final MarkdownPacketRenderer renderer = new MarkdownPacketRenderer();
  private final PacketCompiler compiler = new PacketCompiler();

  /** Run with -Dpacket.golden.update=true to rewrite the golden file after an intended change. */
  @Test
  void renders_the_fixture_packet_exactly_like_the_golden_file() throws IOException {
    String actual = renderer.render(fixturePacket());
    if (Boolean.getBoolean("packet.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("Markdown differs from " + GOLDEN + ":\n" + diff(expected, actual));
    }
  }

  @Test
  void the_drafts_headings_name_the_competency_and_no_rating_level() {
    String markdown = renderer.render(ReviewFixtures.packet());
    String draft = markdown.substring(markdown.indexOf("## Self-review draft"));
    assertTrue(draft.contains("\n### System design\n"), draft);
    assertFalse(draft.contains("expectations"), draft);
    assertFalse(draft.contains(" · "), draft);
  }

  @Test
  void names_the_file_after_the_period() {
    assertEquals("packet-2026-H1.md", renderer.fileName(fixturePacket()));
  }

  @Test
  void hostile_user_text_cannot_add_structure_links_or_html() {
    String hostile =
        "<!channel> <@U123> <https://evil|click> *bold* _it_ `code` | pipe | [x](https://evil)"
            + " ![img](https://evil/i.png) <script>alert(1)</script> &amp; $x$\n"
            + "# heading\n- item\n1. ordered\n> quote\n---\n| a | b |";
    List<Entry> entries =
        List.of(
            PacketFixtures.win(
                1,
                "2026-02-01",
                Competency.CODE_QUALITY,
                hostile,
                hostile,
                hostile,
                "https://ok.example/pr/1",
                "javascript:alert(1)",
                "https://x.example/a)b(c"),
            // praise is stored as Slack sends it: what a person typed arrives escaped
            PacketFixtures.praise(
                2, "2026-03-01", Competency.COLLABORATION, "U0X", Mrkdwn.escape(hostile)),
            PacketFixtures.win(
                3, "2026-04-01", Competency.DELIVERY, "- 1. # " + hostile, null, null));
    String markdown = renderer.render(compiler.compile(hostile, PacketFixtures.H1_2026, entries));

    Node document =
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
    Census census = new Census();
    document.accept(census);

    assertEquals(1, census.count(Heading.class, 1), markdown);
    assertEquals(
        0, census.count(HtmlInline.class, 0) + census.count(HtmlBlock.class, 0), "raw HTML");
    assertEquals(
        List.of(
            "https://ok.example/pr/1",
            "https://x.example/a%29b%28c",
            "https://acme.slack.com/archives/C0GENERAL/p1700000002000100"),
        census.links.stream().distinct().toList(),
        "only our own http(s) links survive (each again as a draft sentence's reference)");
    assertEquals(11, census.count(Heading.class, 2), "top-level sections");
    assertEquals(
        8,
        census.count(Heading.class, 3),
        "Wins, Praise, Wins, wins without a number, three draft groups and the growth area");
    // win + impact/metric/links, praise, plain win, 3 highlights and their reasons, 3 gaps,
    // 3 draft sentences, and the plain win again among those without a number: its only digits
    // ("1. ordered") measure nothing (the other has a metric line)
    assertEquals(4 + 1 + 1 + 3 + 3 + 3 + 3 + 1, census.count(ListItem.class, 0), markdown);
    assertEquals((1 + 6 + 1) + (1 + 6), census.tableRows, "at a glance and timeline rows");
    assertTrue(markdown.contains("\\<!channel> <@U123> \\<https://evil|click>"), markdown);
    assertFalse(markdown.contains("\n# heading"), markdown);
  }

  @Test
  void slack_bold_in_praise_is_bold_in_the_packet_and_plain_in_the_draft() {
    String markdown = praisePacket("*Huge* thanks for the *fast* fix on the billing job");

    assertTrue(
        markdown.contains("“**Huge** thanks for the **fast** fix on the billing job”"), markdown);
    assertTrue(markdown.contains("“Huge thanks for the fast fix on the billing job”"), markdown);
    assertFalse(markdown.contains("\\*"), "no asterisk printed as typed: " + markdown);
  }

  @Test
  void slack_italic_in_praise_is_italic_in_the_packet_and_plain_in_the_draft() {
    String markdown = praisePacket("The _calmest_ cut-over of the new_user_flow, *by far*");

    assertTrue(
        markdown.contains("“The *calmest* cut-over of the new_user_flow, **by far**”"), markdown);
    assertTrue(markdown.contains("“The calmest cut-over of the new_user_flow, by far”"), markdown);
  }

  /** The Markdown packet of one teammate's praise, worded as in Slack. */
  private String praisePacket(String slackText) {
    List<Entry> entries =
        List.of(PacketFixtures.praise(1, "2026-03-01", Competency.COLLABORATION, "U0X", slackText));
    return renderer.render(compiler.compile("Zoë", PacketFixtures.H1_2026, entries));
  }

  private Packet fixturePacket() {
    return compiler.compile(
        PacketFixtures.USER,
        PacketFixtures.H1_2026,
        PacketFixtures.entries(),
        PacketFixtures.AUTHORS);
  }

  /** The first differing line with a few lines of context either side, numbered. */
  static String diff(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int first = 0;
    while (first < want.length && first < got.length && want[first].equals(got[first])) {
      first++;
    }
    StringBuilder out = new StringBuilder();
    out.append("first difference at line ").append(first + 1).append('\n');
    for (int i = Math.max(0, first - 3);
        i < Math.min(Math.max(want.length, got.length), first + 4);
        i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (w.equals(g)) {
        out.append(String.format("  %4d   %s%n", i + 1, w));
      } else {
        out.append(String.format("- %4d   %s%n+ %4d   %s%n", i + 1, w, i + 1, g));
      }
    }
    return out.append("(expected ")
        .append(want.length)
        .append(" lines, got ")
        .append(got.length)
        .append(')')
        .toString();
  }

  private static final class Census extends AbstractVisitor {
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private int tableRows;

    @Override
    protected void visitChildren(Node parent) {
      nodes.add(parent);
      if (parent instanceof Link link) {
        links.add(link.getDestination());
      }
      super.visitChildren(parent);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableRow) {
        tableRows++;
      }
      super.visit(node);
    }

    long count(Class<? extends Node> type, int headingLevel) {
      return nodes.stream()
          .filter(type::isInstance)
          .filter(
              n -> !(n instanceof Heading h) || headingLevel == 0 || h.getLevel() == headingLevel)
          .count();
    }
  }
}
