package io.aieducademy.language;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte-level byte-pair-encoding tokeniser, as GPT-2's works (Sennrich, Haddow and Birch
 * 2016; Gage 1994): the text is cut into pieces (a word with the space before it, a run
 * of digits, of punctuation or of spaces), each piece starts as its UTF-8 bytes (ids 0 to
 * 255), and the merges learnt in training are applied in the order they were learnt.
 * Training merges, again and again, the pair of neighbouring tokens that occurs most
 * often in the training text; ties go to the pair with the smaller ids.
 */
public final class BytePairTokeniser {

	/**
	 * How a text is cut into pieces before any merge, so that no token spans two words.
	 */
	static final Pattern PIECES = Pattern
		.compile("'(?:s|t|re|ve|m|ll|d)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");

	private static final int BYTES = 256;

	private final List<Merge> merges;

	private final Map<Long, Integer> ranks = new HashMap<>();

	private final List<byte[]> vocabulary = new ArrayList<>();

	/** A merge learnt in training: the {@code rank}-th, made token {@code id}. */
	public record Merge(int rank, int left, int right, int id, int count) {
	}

	/** One token of an encoded text: its id, its text and the text as a page shows it. */
	public record Token(int id, String text, String shown) {
	}

	/** A merge that the encoding of a text used, and how many times. */
	public record AppliedMerge(int rank, String left, String right, String merged, int times) {
	}

	/**
	 * A text as tokens, with the merges that made them, in the order they were learnt.
	 */
	public record Encoding(List<Token> tokens, int characters, int bytes, List<AppliedMerge> merges) {
	}

	private BytePairTokeniser(List<Merge> merges) {
		this.merges = List.copyOf(merges);
		for (int b = 0; b < BYTES; b++) {
			this.vocabulary.add(new byte[] { (byte) b });
		}
		for (Merge merge : merges) {
			this.ranks.put(pair(merge.left(), merge.right()), merge.rank());
			this.vocabulary.add(concat(this.vocabulary.get(merge.left()), this.vocabulary.get(merge.right())));
		}
	}

	/**
	 * Learns up to {@code maxMerges} merges from the text, stopping early when no pair
	 * occurs at least twice.
	 */
	public static BytePairTokeniser train(String text, int maxMerges) {
		Map<String, Integer> pieceCounts = new LinkedHashMap<>();
		Matcher matcher = PIECES.matcher(text);
		while (matcher.find()) {
			pieceCounts.merge(matcher.group(), 1, Integer::sum);
		}
		List<int[]> pieces = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		pieceCounts.forEach((piece, count) -> {
			pieces.add(bytesOf(piece));
			counts.add(count);
		});
		List<Merge> merges = new ArrayList<>();
		for (int rank = 0; rank < maxMerges; rank++) {
			Map<Long, Integer> pairCounts = new TreeMap<>();
			for (int i = 0; i < pieces.size(); i++) {
				int[] ids = pieces.get(i);
				for (int j = 0; j + 1 < ids.length; j++) {
					pairCounts.merge(pair(ids[j], ids[j + 1]), counts.get(i), Integer::sum);
				}
			}
			long best = -1;
			int bestCount = 1;
			// TreeMap order: the first pair with the highest count has the smallest ids
			for (Map.Entry<Long, Integer> entry : pairCounts.entrySet()) {
				if (entry.getValue() > bestCount) {
					best = entry.getKey();
					bestCount = entry.getValue();
				}
			}
			if (best < 0) {
				break;
			}
			int id = BYTES + rank;
			merges.add(new Merge(rank, (int) (best >>> 32), (int) best, id, bestCount));
			for (int i = 0; i < pieces.size(); i++) {
				pieces.set(i, apply(pieces.get(i), (int) (best >>> 32), (int) best, id));
			}
		}
		return new BytePairTokeniser(merges);
	}

	/** The merges in the order they were learnt. */
	public List<Merge> merges() {
		return this.merges;
	}

	/** How many tokens there are: the 256 bytes and one for each merge. */
	public int vocabularySize() {
		return this.vocabulary.size();
	}

	/** The text of a token, as a page shows it (see {@link #shown(int)}). */
	public String text(int id) {
		return decode(this.vocabulary.get(id));
	}

	/**
	 * The token as a learner can see it: a space as {@code ␣}, a line break as {@code ↵},
	 * and a byte that is only part of a character as {@code <0xC3>}.
	 */
	public String shown(int id) {
		byte[] bytes = this.vocabulary.get(id);
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.replace(" ", "␣").replace("\r", "").replace("\n", "↵").replace("\t", "⇥");
		}
		catch (CharacterCodingException ex) {
			StringBuilder shown = new StringBuilder();
			for (byte b : bytes) {
				shown.append(String.format(Locale.ROOT, "<0x%02X>", b & 0xFF));
			}
			return shown.toString();
		}
	}

	/** The text that a list of token ids stands for: their bytes, read as UTF-8. */
	public String decode(List<Integer> ids) {
		byte[] bytes = new byte[0];
		for (int id : ids) {
			bytes = concat(bytes, this.vocabulary.get(id));
		}
		return decode(bytes);
	}

	/** Cuts the text into pieces and applies the learnt merges to each, in rank order. */
	public Encoding encode(String text) {
		List<Token> tokens = new ArrayList<>();
		Map<Integer, Integer> used = new TreeMap<>();
		Matcher matcher = PIECES.matcher(text);
		int bytes = 0;
		while (matcher.find()) {
			int[] ids = bytesOf(matcher.group());
			bytes += ids.length;
			while (ids.length > 1) {
				int bestRank = Integer.MAX_VALUE;
				for (int j = 0; j + 1 < ids.length; j++) {
					Integer rank = this.ranks.get(pair(ids[j], ids[j + 1]));
					if (rank != null && rank < bestRank) {
						bestRank = rank;
					}
				}
				if (bestRank == Integer.MAX_VALUE) {
					break;
				}
				Merge merge = this.merges.get(bestRank);
				int[] merged = apply(ids, merge.left(), merge.right(), merge.id());
				used.merge(bestRank, ids.length - merged.length, Integer::sum);
				ids = merged;
			}
			for (int id : ids) {
				tokens.add(new Token(id, text(id), shown(id)));
			}
		}
		List<AppliedMerge> applied = new ArrayList<>();
		used.forEach((rank, times) -> {
			Merge merge = this.merges.get(rank);
			applied
				.add(new AppliedMerge(rank + 1, shown(merge.left()), shown(merge.right()), shown(merge.id()), times));
		});
		return new Encoding(List.copyOf(tokens), text.codePointCount(0, text.length()), bytes, List.copyOf(applied));
	}

	private static int[] apply(int[] ids, int left, int right, int id) {
		int[] out = new int[ids.length];
		int n = 0;
		for (int j = 0; j < ids.length; j++) {
			if (j + 1 < ids.length && ids[j] == left && ids[j + 1] == right) {
				out[n++] = id;
				j++;
			}
			else {
				out[n++] = ids[j];
			}
		}
		return java.util.Arrays.copyOf(out, n);
	}

	private static int[] bytesOf(String piece) {
		byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
		int[] ids = new int[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			ids[i] = bytes[i] & 0xFF;
		}
		return ids;
	}

	private static long pair(int left, int right) {
		return ((long) left << 32) | (right & 0xFFFFFFFFL);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static String decode(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
