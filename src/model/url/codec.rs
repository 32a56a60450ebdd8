//! The query-string codec: percent-decoding that never fails loudly, and encoding.

/// Decodes one `application/x-www-form-urlencoded` component; None when it is malformed
/// (a bad `%` escape or bytes that are not UTF-8).
pub fn decode_component(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).and_then(|c| (*c as char).to_digit(16))?;
                let lo = bytes.get(i + 2).and_then(|c| (*c as char).to_digit(16))?;
                out.push((hi * 16 + lo) as u8);
                i += 2;
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Appends `byte` as two upper-case hexadecimal digits (without std's formatting
/// machinery, which is large in the page).
pub fn push_hex_byte(out: &mut String, byte: u8) {
    for nibble in [byte >> 4, byte & 0x0F] {
        out.push(char::from(if nibble < 10 {
            b'0' + nibble
        } else {
            b'A' + nibble - 10
        }));
    }
}

/// Encodes one component so that it survives a round trip through a URL query.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                push_hex_byte(&mut out, b);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_round_trip() {
        for text in ["New York", "a&b=c", "100%", "Ünïcode", "CA,TX"] {
            assert_eq!(
                decode_component(&encode_component(text)).as_deref(),
                Some(text)
            );
        }
    }

    #[test]
    fn malformed_escapes_are_rejected_not_guessed() {
        assert_eq!(decode_component("%ZZ"), None);
        assert_eq!(decode_component("%4"), None);
        assert_eq!(decode_component("%FF"), None);
    }
}
