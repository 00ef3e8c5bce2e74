package org.steppebrief.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages by what they were rendered from, least recently used dropped first. Keys include
 * the content version, so a reload never serves a stale page.
 */
final class PageCache {
  private final int capacity;
  private final Map<Object, CompiledPage> pages;

  PageCache(int capacity) {
    this.capacity = capacity;
    this.pages = new LinkedHashMap<>(capacity, 0.75f, true);
  }

  CompiledPage get(Object key, Supplier<String> render) {
    synchronized (pages) {
      CompiledPage page = pages.get(key);
      if (page != null) {
        return page;
      }
    }
    // Rendered outside the lock: two threads may render the same page once each, harmlessly.
    CompiledPage page = CompiledPage.of(render.get());
    synchronized (pages) {
      pages.put(key, page);
      while (pages.size() > capacity) {
        pages.remove(pages.keySet().iterator().next());
      }
    }
    return page;
  }

  void clear() {
    synchronized (pages) {
      pages.clear();
    }
  }
}
