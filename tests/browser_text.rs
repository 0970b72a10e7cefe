//! NFC in the browser (String.prototype.normalize) agrees with the native
//! implementation on every Vietnamese letter, upper and lower case.
#![cfg(target_arch = "wasm32")]

use kiemdiem::core::textnorm::{is_nfc, nfc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BASES: [&str; 12] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
// huyền, sắc, hỏi, ngã, nặng
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

#[wasm_bindgen_test]
fn decomposed_vietnamese_letters_compose_to_single_code_points() {
    for base in BASES {
        for upper in [false, true] {
            let base = if upper {
                base.to_uppercase()
            } else {
                base.to_owned()
            };
            for tone in TONES {
                let decomposed: String = base.chars().chain(std::iter::once(tone)).collect();
                let composed = nfc(&decomposed);
                assert_eq!(
                    composed.chars().count(),
                    1,
                    "{decomposed:?} -> {composed:?}"
                );
                assert!(is_nfc(&composed));
                assert!(!is_nfc(&decomposed), "{decomposed:?} is not NFC");
            }
        }
    }
    assert_eq!(nfc("Đ\u{301}"), "Đ\u{301}");
    assert_eq!(
        nfc("Nguye\u{302}\u{303}n Thi\u{323} A\u{301}nh Ho\u{302}\u{300}ng"),
        "Nguyễn Thị Ánh Hồng"
    );
}
