/** Which grapheme clusters are emoji, to be drawn by the emoji face rather than a text face. */

/** Characters that ask for emoji presentation: default-emoji pictographs, skin tones, flags' letters, VS16, the keycap mark. */
const EMOJI_PRESENTATION =
  /\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
/** Something an emoji font draws (a bare VS16 after a letter is not an emoji). */
const PICTURE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/**
 * Whether a grapheme cluster is an emoji: a pictograph shown as emoji by default (😀), any
 * pictograph followed by VS16 (❤️), a ZWJ sequence (👩‍⚕️), a skin-tone sequence (👍🏽), a flag
 * (🇺🇦, 🏴 with tags) or a keycap (1️⃣). Text-style symbols (☺ ❤ © without VS16, or with VS15)
 * stay with the text faces.
 */
export function isEmojiCluster(cluster: string): boolean {
  return !cluster.includes('\uFE0E') && EMOJI_PRESENTATION.test(cluster) && PICTURE.test(cluster);
}
