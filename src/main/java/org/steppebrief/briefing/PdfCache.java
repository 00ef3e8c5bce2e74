package org.steppebrief.briefing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered PDFs by the hash of everything they are made from (content version, templates, options,
 * date), so a repeat request costs a lookup. Least recently used PDFs go first once the cache holds
 * more than its byte budget. Two requests for the same PDF at once render it once.
 */
public final class PdfCache {
  private final long maxBytes;
  private final LinkedHashMap<String, PdfRenderer.Pdf> entries =
      new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, Object> rendering = new ConcurrentHashMap<>();
  private long bytes;

  public PdfCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A cache that keeps nothing, for one-off renders. */
  public static PdfCache none() {
    return new PdfCache(0);
  }

  /** SHA-256 of the parts, each length-prefixed so no two lists of parts hash alike. */
  public static String key(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        byte[] b = part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached PDF for {@code key}, or the one {@code render} makes (then kept if it fits). */
  public PdfRenderer.Pdf get(String key, Supplier<PdfRenderer.Pdf> render) {
    PdfRenderer.Pdf hit = lookup(key);
    if (hit != null) {
      return hit;
    }
    Object lock = rendering.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      try {
        hit = lookup(key);
        if (hit != null) {
          return hit;
        }
        PdfRenderer.Pdf pdf = render.get();
        store(key, pdf);
        return pdf;
      } finally {
        rendering.remove(key);
      }
    }
  }

  /** The cached PDF for {@code key}, without rendering it when it is not there. */
  public Optional<PdfRenderer.Pdf> peek(String key) {
    return Optional.ofNullable(lookup(key));
  }

  private synchronized PdfRenderer.Pdf lookup(String key) {
    return entries.get(key);
  }

  private synchronized void store(String key, PdfRenderer.Pdf pdf) {
    if (pdf.bytes().length > maxBytes) {
      return;
    }
    PdfRenderer.Pdf old = entries.put(key, pdf);
    bytes += pdf.bytes().length - (old == null ? 0 : old.bytes().length);
    var eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().bytes().length;
      eldest.remove();
    }
  }

  public synchronized int size() {
    return entries.size();
  }
}
