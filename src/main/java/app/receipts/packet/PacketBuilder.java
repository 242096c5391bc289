package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.SlackMarkup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/** Reads a person's evidence for a period and renders the packet documents; no Slack involved. */
public final class PacketBuilder {
  private final EntryReads entries;
  private final PacketCompiler compiler = new PacketCompiler();
  private final MarkdownPacketRenderer markdown = new MarkdownPacketRenderer();
  private final PdfPacketRenderer pdf = new PdfPacketRenderer();

  /**
   * Rendering takes a core for a while (the PDF above all): with every scheduler thread building
   * packets at once, the threads that answer Slack within its 3 s would get none. Builds beyond
   * half the cores wait their turn; the jobs behind them stay in the database meanwhile.
   */
  private final Semaphore rendering =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

  private final DisplayNames names;

  /** Without Slack (the packet CLI): people show as their Slack ids. */
  public PacketBuilder(EntryReads entries) {
    this(entries, null);
  }

  public PacketBuilder(EntryReads entries, DisplayNames names) {
    this.entries = entries;
    this.names = names;
  }

  public Packet compile(String teamId, String userId, String displayName, Period period) {
    return compiler.compile(
        displayName, period, entries.between(teamId, userId, period.start(), period.end()));
  }

  public PacketFiles build(String teamId, String userId, String displayName, Period period) {
    List<Entry> evidence = entries.between(teamId, userId, period.start(), period.end());
    // names come from Slack: looked up before taking a rendering turn, which is for the CPU
    Map<String, String> people = people(teamId, evidence);
    try {
      rendering.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Stopped while waiting to render a packet", e);
    }
    try {
      Packet packet = compiler.compile(displayName, period, evidence, people);
      return new PacketFiles(
          packet,
          markdown.fileName(packet),
          markdown.render(packet),
          pdf.fileName(packet),
          pdf.render(packet));
    } finally {
      rendering.release();
    }
  }

  /** Names of the praise authors and of everyone praise mentions, looked up once each. */
  private Map<String, String> people(String teamId, List<Entry> evidence) {
    if (names == null) {
      return Map.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Entry entry : evidence) {
      if (entry.kind() == Entry.Kind.PRAISE) {
        if (entry.authorUserId() != null && !entry.authorUserId().isBlank()) {
          ids.add(entry.authorUserId());
        }
        ids.addAll(SlackMarkup.mentions(entry.text()));
      }
    }
    Map<String, String> known = new HashMap<>();
    ids.forEach(id -> known.put(id, names.of(teamId, id)));
    return known;
  }
}
