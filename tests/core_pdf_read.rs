//! Reading a dossier back out of a PDF that someone made to hurt the
//! reader: each must give a typed answer, quickly, with little memory (the
//! verify page and the secretary's desk open files from many hands).

use kiemdiem::core::pdf::{PdfReadError, embedded_dossier};
use lopdf::{Dictionary, Document, Object, Stream, dictionary};

/// A PDF whose catalog's `/Names /EmbeddedFiles` is `tree`, after `extra`
/// objects are added (given the document, returns the tree).
fn pdf_with_tree(build: impl FnOnce(&mut Document) -> Object) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
    let tree = build(&mut doc);
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! { "EmbeddedFiles" => tree },
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// An embedded JSON file specification holding `body`.
fn json_spec(doc: &mut Document, body: &[u8]) -> Object {
    let mut dict = Dictionary::new();
    dict.set("Type", "EmbeddedFile");
    dict.set("Subtype", Object::Name(b"application/json".to_vec()));
    let file = doc.add_object(Stream::new(dict, body.to_vec()));
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal("hoso.json"),
        "EF" => dictionary! { "F" => file },
        "AFRelationship" => "Source",
    });
    spec.into()
}

#[test]
fn a_name_tree_whose_kids_refer_back_to_it_is_walked_once() {
    // The hostile file found in review: object N is a node whose kids are N, N, N (at
    // fan-out 3 the old walk took 27 s and 1.5 GB; at 100 it never ended).
    for fan_out in [3, 10, 100] {
        let pdf = pdf_with_tree(|doc| {
            let id = doc.new_object_id();
            let kids: Vec<Object> = (0..fan_out).map(|_| Object::Reference(id)).collect();
            doc.objects
                .insert(id, Object::Dictionary(dictionary! { "Kids" => kids }));
            Object::Reference(id)
        });
        assert!(pdf.len() < 2000, "a small file: {} bytes", pdf.len());
        assert_eq!(
            embedded_dossier(&pdf),
            Err(PdfReadError::NoDossier),
            "fan-out {fan_out}"
        );
    }
}

#[test]
fn a_name_tree_of_two_nodes_that_point_at_each_other_ends() {
    let pdf = pdf_with_tree(|doc| {
        let a = doc.new_object_id();
        let b = doc.new_object_id();
        doc.objects.insert(
            a,
            Object::Dictionary(dictionary! { "Kids" => vec![Object::Reference(b); 50] }),
        );
        doc.objects.insert(
            b,
            Object::Dictionary(dictionary! { "Kids" => vec![Object::Reference(a); 50] }),
        );
        Object::Reference(a)
    });
    assert_eq!(embedded_dossier(&pdf), Err(PdfReadError::NoDossier));
}

#[test]
fn a_dossier_behind_a_node_seen_twice_is_still_found() {
    // Shared nodes are not an attack by themselves: the file under them is
    // read, once.
    let pdf = pdf_with_tree(|doc| {
        let spec = json_spec(doc, b"{\"hoso\":1}");
        let leaf = doc.add_object(dictionary! {
            "Names" => vec![Object::string_literal("hoso.json"), spec],
        });
        let kids = vec![Object::Reference(leaf); 3];
        Object::Dictionary(dictionary! { "Kids" => kids })
    });
    assert_eq!(embedded_dossier(&pdf).unwrap(), b"{\"hoso\":1}");
}

#[test]
fn a_name_tree_deeper_than_the_bound_is_cut_not_followed() {
    // A chain of 10,000 distinct nodes, each the only kid of the one before.
    let pdf = pdf_with_tree(|doc| {
        let spec = json_spec(doc, b"{}");
        let mut node = doc.add_object(dictionary! {
            "Names" => vec![Object::string_literal("hoso.json"), spec],
        });
        for _ in 0..10_000 {
            node = doc.add_object(dictionary! { "Kids" => vec![Object::Reference(node)] });
        }
        Object::Reference(node)
    });
    assert_eq!(embedded_dossier(&pdf), Err(PdfReadError::NoDossier));
}

#[test]
fn a_reference_that_refers_to_itself_is_not_followed_forever() {
    let pdf = pdf_with_tree(|doc| {
        let id = doc.new_object_id();
        doc.objects.insert(id, Object::Reference(id));
        let kids = vec![Object::Reference(id); 10];
        Object::Dictionary(dictionary! { "Kids" => kids, "Names" => Object::Reference(id) })
    });
    assert_eq!(embedded_dossier(&pdf), Err(PdfReadError::NoDossier));
}
