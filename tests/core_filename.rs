//! File names: Vietnamese names folded to ASCII CamelCase, the template's
//! short code, the fallback, and only safe characters.
//!
//! Runs natively (`cargo test --test core_filename`) and, unchanged, in
//! headless Chromium (`cargo test --target wasm32-unknown-unknown --test
//! core_filename`), where NFD comes from `String.prototype.normalize`: the
//! names must be the same.

use kiemdiem::core::filename::{
    MAX_NAME_CHARS, ascii_name, dossier_file_stem, template_short_code,
};
use kiemdiem::core::template::TemplateId;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

macro_rules! tests {
    ($($(#[$meta:meta])* fn $name:ident() $body:block)*) => {
        $(
            $(#[$meta])*
            #[cfg_attr(not(target_arch = "wasm32"), test)]
            #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
            fn $name() $body
        )*
    };
}

/// Every Vietnamese letter, lower and upper case, in NFC.
const VIETNAMESE: &str = "aàảãáạ ăằẳẵắặ âầẩẫấậ bcdđ eèẻẽéẹ êềểễếệ ghiìỉĩíị klmnoòỏõóọ \
ôồổỗốộ ơờởỡớợ pqrstuùủũúụ ưừửữứự vxyỳỷỹýỵ \
AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ BCDĐ EÈẺẼÉẸ ÊỀỂỄẾỆ GHIÌỈĨÍỊ KLMNOÒỎÕÓỌ \
ÔỒỔỖỐỘ ƠỜỞỠỚỢ PQRSTUÙỦŨÚỤ ƯỪỬỮỨỰ VXYỲỶỸÝỴ";

/// The base letter of each group above, as the folding must give it.
const FOLDED: &str = "aaaaaa aaaaaa aaaaaa bcdd eeeeee eeeeee ghiiiiii klmnoooooo \
oooooo oooooo pqrstuuuuuu uuuuuu vxyyyyyy \
AAAAAA AAAAAA AAAAAA BCDD EEEEEE EEEEEE GHIIIIII KLMNOOOOOO \
OOOOOO OOOOOO PQRSTUUUUUU UUUUUU VXYYYYYY";

tests! {
    fn typical_vietnamese_names_fold_to_camel_case() {
        for (name, folded) in [
            ("Nguyễn Thị Ánh Hồng", "NguyenThiAnhHong"),
            ("Đặng Văn Ơn", "DangVanOn"),
            ("Trương Ưng Đức", "TruongUngDuc"),
            ("Lê Thị Ngọc Ẩn", "LeThiNgocAn"),
            ("Hoàng Thị Bích Ngọc", "HoangThiBichNgoc"),
            ("Phạm Quốc Việt", "PhamQuocViet"),
            ("Bùi Thị Thuỳ Dương", "BuiThiThuyDuong"),
            ("Đoàn Đình Điệp", "DoanDinhDiep"),
            ("Võ Thị Sáu", "VoThiSau"),
            ("Kpă Y Ơn", "KpaYOn"),
            ("H'Hen Niê", "HHenNie"),
            ("Nông Đức Mạnh", "NongDucManh"),
        ] {
            assert_eq!(ascii_name(name), folded, "{name}");
        }
    }

    fn case_spacing_and_punctuation_do_not_matter() {
        for name in [
            "NGUYỄN THỊ ÁNH HỒNG",
            "nguyễn thị ánh hồng",
            "  Nguyễn   Thị\tÁnh\nHồng  ",
            "Nguyễn-Thị.Ánh_Hồng",
            "nGUYỄN tHỊ áNH hỒNG",
        ] {
            assert_eq!(ascii_name(name), "NguyenThiAnhHong", "{name:?}");
        }
    }

    fn decomposed_input_folds_the_same() {
        // Tones typed as combining marks (some input methods), and Đ typed
        // as Ð (U+00D0), which looks the same.
        let decomposed = "Nguye\u{302}\u{303}n Thi\u{323} A\u{301}nh Ho\u{302}\u{300}ng";
        assert_eq!(ascii_name(decomposed), "NguyenThiAnhHong");
        assert_eq!(ascii_name("\u{d0}a\u{323}\u{306}ng Va\u{306}n O\u{31b}n"), "DangVanOn");
        assert_eq!(ascii_name("\u{d0}\u{f0}"), "Dd");
    }

    fn every_vietnamese_letter_folds_to_its_base_letter() {
        let folded: String = VIETNAMESE
            .split(' ')
            .map(|group| {
                group
                    .chars()
                    .map(|c| {
                        let one = ascii_name(&c.to_string());
                        assert_eq!(one.len(), 1, "{c}");
                        one
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        // `ascii_name` capitalises a lone letter: compare case-insensitively,
        // and check the case kept inside a word.
        assert_eq!(folded.to_lowercase(), FOLDED.to_lowercase());
        assert_eq!(ascii_name("xĐẶNG"), "Xdang");
    }

    fn the_stem_names_year_form_and_person() {
        let name = "Nguyễn Thị Ánh Hồng";
        for (year, template, stem) in [
            (2022, TemplateId::Y2019, "KiemDiem_2022_02_NguyenThiAnhHong"),
            (2024, TemplateId::Y2023Member, "KiemDiem_2024_02A_NguyenThiAnhHong"),
            (2024, TemplateId::Y2023Leader, "KiemDiem_2024_02B_NguyenThiAnhHong"),
            (2025, TemplateId::Y2025Leader, "KiemDiem_2025_2A_NguyenThiAnhHong"),
            (2025, TemplateId::Y2025Member, "KiemDiem_2025_2B_NguyenThiAnhHong"),
            (2025, TemplateId::Y2025Outside, "KiemDiem_2025_2C_NguyenThiAnhHong"),
        ] {
            assert_eq!(dossier_file_stem(year, template, name), stem);
        }
        assert_eq!(template_short_code(TemplateId::Y2023Member), "02A");
    }

    fn an_empty_name_gets_a_fallback() {
        for name in ["", "   ", "—", "…", "()", "\u{301}", "李"] {
            assert_eq!(
                dossier_file_stem(2025, TemplateId::Y2025Member, name),
                "KiemDiem_2025_2B_ChuaGhiTen",
                "{name:?}"
            );
        }
    }

    fn only_safe_characters_and_a_bounded_length() {
        let long = "Nguyễn ".repeat(40);
        let folded = ascii_name(&long);
        assert_eq!(folded.len(), MAX_NAME_CHARS);
        assert!(folded.starts_with("NguyenNguyen"));
        for name in [
            long.as_str(),
            "../../etc/passwd",
            "a/b\\c:d*e?f\"g<h>i|j",
            "Nguyễn 😀 Hồng",
            "Tên\u{0}có\u{7f}ký tự lạ",
            "CON",
            VIETNAMESE,
        ] {
            let stem = dossier_file_stem(2025, TemplateId::Y2025Member, name);
            assert!(
                stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
                "{stem}"
            );
            assert!(stem.len() <= "KiemDiem_2025_2B_".len() + MAX_NAME_CHARS);
        }
        assert_eq!(ascii_name("../../etc/passwd"), "EtcPasswd");
    }

    fn stems_sort_by_year_then_form_then_name() {
        let mut stems = vec![
            dossier_file_stem(2025, TemplateId::Y2025Member, "Trần Văn Bình"),
            dossier_file_stem(2024, TemplateId::Y2023Member, "Trần Văn Bình"),
            dossier_file_stem(2025, TemplateId::Y2025Leader, "Đặng Văn Ơn"),
            dossier_file_stem(2025, TemplateId::Y2025Member, "Âu Thị Lan"),
        ];
        stems.sort();
        assert_eq!(
            stems,
            [
                "KiemDiem_2024_02A_TranVanBinh",
                "KiemDiem_2025_2A_DangVanOn",
                "KiemDiem_2025_2B_AuThiLan",
                "KiemDiem_2025_2B_TranVanBinh",
            ]
        );
    }
}
