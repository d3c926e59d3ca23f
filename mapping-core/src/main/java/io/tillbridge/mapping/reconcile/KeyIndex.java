package io.tillbridge.mapping.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string → entry-number index that keeps its keys as bytes in one growing arena instead of as
 * String objects: a million 36-character transaction ids cost about 40 MB here against well over
 * 100 MB as Strings, which is what lets a 1M × 1M reconciliation run in a 256 MB heap.
 * Open addressing, linear probing, load ≤ 0.5. Not thread-safe; keys compare exactly.
 */
final class KeyIndex {

    private static final int NONE = -1;

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private long[] refs;        // per entry: offset << 24 | length, or NONE when the entry has no key
    private int[] hashes;       // per entry
    private int[] slots;        // entry + 1; 0 = empty
    private int mask;
    private int count;

    KeyIndex(int expectedEntries) {
        int capacity = Math.max(16, expectedEntries);
        refs = new long[capacity];
        Arrays.fill(refs, NONE);
        hashes = new int[capacity];
        int tableSize = Integer.highestOneBit(Math.max(32, capacity * 2 - 1)) << 1;
        slots = new int[tableSize];
        mask = tableSize - 1;
    }

    /** The entry holding this key, or -1. */
    int get(String key) {
        int hash = hash(key);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                return NONE;
            }
            int entry = stored - 1;
            if (hashes[entry] == hash && keyEquals(refs[entry], key)) {
                return entry;
            }
        }
    }

    /**
     * Stores the key for an entry unless another entry already holds it.
     *
     * @return the entry that already holds the key, or -1 when this entry now holds it
     */
    int putIfAbsent(String key, int entry) {
        int hash = hash(key);
        int slot = hash & mask;
        for (; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                break;
            }
            int existing = stored - 1;
            if (hashes[existing] == hash && keyEquals(refs[existing], key)) {
                return existing;
            }
        }
        ensureEntry(entry);
        refs[entry] = append(key);
        hashes[entry] = hash;
        slots[slot] = entry + 1;
        if (++count * 2 > slots.length) {
            rehash();
        }
        return NONE;
    }

    /** True when a key is stored for the entry. */
    boolean hasKey(int entry) {
        return entry < refs.length && refs[entry] != NONE;
    }

    /** The key stored for an entry, or null. */
    String keyOf(int entry) {
        if (!hasKey(entry)) {
            return null;
        }
        long ref = refs[entry];
        return new String(arena, (int) (ref >>> 24), (int) (ref & 0xFFFFFF), StandardCharsets.UTF_8);
    }

    private void ensureEntry(int entry) {
        if (entry >= refs.length) {
            int old = refs.length;
            int size = Math.max(entry + 1, old + (old >> 1));
            refs = Arrays.copyOf(refs, size);
            Arrays.fill(refs, old, size, NONE);
            hashes = Arrays.copyOf(hashes, size);
        }
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int biggerMask = bigger.length - 1;
        for (int stored : slots) {
            if (stored != 0) {
                int slot = hashes[stored - 1] & biggerMask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & biggerMask;
                }
                bigger[slot] = stored;
            }
        }
        slots = bigger;
        mask = biggerMask;
    }

    private long append(String key) {
        byte[] bytes = ascii(key) ? null : key.getBytes(StandardCharsets.UTF_8);
        int length = bytes == null ? key.length() : bytes.length;
        if (length > 0xFFFFFF) {
            throw new IllegalArgumentException("key longer than 16 MB");
        }
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arenaSize + length, arena.length + (arena.length >> 1)));
        }
        if (bytes == null) {
            for (int i = 0; i < length; i++) {
                arena[arenaSize + i] = (byte) key.charAt(i);
            }
        } else {
            System.arraycopy(bytes, 0, arena, arenaSize, length);
        }
        long ref = ((long) arenaSize << 24) | length;
        arenaSize += length;
        return ref;
    }

    private boolean keyEquals(long ref, String key) {
        int offset = (int) (ref >>> 24);
        int length = (int) (ref & 0xFFFFFF);
        if (ascii(key)) {
            if (length != key.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (arena[offset + i] != (byte) key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return bytes.length == length && Arrays.equals(arena, offset, offset + length, bytes, 0, length);
    }

    private static boolean ascii(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the UTF-8 bytes (equal to the chars for ASCII), then a murmur finaliser for spread. */
    static int hash(String key) {
        int h = 0x811C9DC5;
        if (ascii(key)) {
            for (int i = 0; i < key.length(); i++) {
                h = (h ^ key.charAt(i)) * 0x01000193;
            }
        } else {
            for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xFF)) * 0x01000193;
            }
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
