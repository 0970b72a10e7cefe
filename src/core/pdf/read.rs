//! Reading the sealed dossier back out of a printed self-review's PDF.

use lopdf::{Dictionary, Document, Object};

/// The largest embedded file read back (a dossier is tens of kilobytes;
/// this bounds what a crafted PDF can make us inflate).
pub const MAX_EMBEDDED_BYTES: usize = 16 * 1024 * 1024;

/// How deep a name tree is followed.
const MAX_TREE_DEPTH: usize = 16;

/// How many nodes of a name tree are visited at most. A tree whose kids
/// refer back to their parent (or to one node many times) would otherwise
/// be walked exponentially: a 250-byte file with `/Kids [2 0 R 2 0 R 2 0 R]`
/// on object 2 took 27 s and 1.5 GB before each node was visited once.
const MAX_TREE_NODES: usize = 4096;

/// How many file specifications are looked at, from `/AF` and the name tree
/// together (a dossier's PDF has one).
const MAX_SPECS: usize = 256;

/// Why no sealed dossier could be read from a file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfReadError {
    /// The bytes are not a PDF at all.
    #[error("the file is not a PDF")]
    NotPdf,
    /// A PDF that cannot be parsed (damaged, truncated).
    #[error("the PDF cannot be read: {0}")]
    Unreadable(String),
    /// An encrypted PDF (this app never writes one).
    #[error("the PDF is encrypted")]
    Encrypted,
    /// A readable PDF without an embedded JSON file.
    #[error("the PDF carries no embedded dossier")]
    NoDossier,
    /// The embedded file is larger than [`MAX_EMBEDDED_BYTES`] or cannot be
    /// decompressed.
    #[error("the embedded dossier cannot be extracted: {0}")]
    BadEmbeddedFile(String),
}

/// The bytes of the sealed JSON embedded in a PDF made by
/// [`super::render`]: the associated file with relationship `Source` and
/// type `application/json` (else the first JSON attachment).
///
/// ```
/// use kiemdiem::core::pdf::{embedded_dossier, PdfReadError};
/// assert_eq!(embedded_dossier(b"not a pdf"), Err(PdfReadError::NotPdf));
/// ```
pub fn embedded_dossier(pdf: &[u8]) -> Result<Vec<u8>, PdfReadError> {
    // The header may follow some junk, but within the first kilobyte.
    let head = &pdf[..pdf.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfReadError::NotPdf);
    }
    let doc = Document::load_mem(pdf).map_err(|e| PdfReadError::Unreadable(e.to_string()))?;
    if doc.is_encrypted() {
        return Err(PdfReadError::Encrypted);
    }
    let catalog = doc
        .catalog()
        .map_err(|e| PdfReadError::Unreadable(e.to_string()))?;

    let mut specs: Vec<&Dictionary> = Vec::new();
    if let Ok(af) = catalog.get_deref(b"AF", &doc).and_then(Object::as_array) {
        specs.extend(
            af.iter()
                .filter_map(|o| deref_dict(&doc, o))
                .take(MAX_SPECS),
        );
    }
    if let Ok(tree) = catalog
        .get_deref(b"Names", &doc)
        .and_then(Object::as_dict)
        .and_then(|names| names.get_deref(b"EmbeddedFiles", &doc))
        .and_then(Object::as_dict)
    {
        name_tree_values(&doc, tree, &mut specs);
    }

    let json: Vec<(&Dictionary, &lopdf::Stream)> = specs
        .iter()
        .filter_map(|spec| {
            let stream = file_stream(&doc, spec)?;
            let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
            (subtype == Some(b"application/json".as_slice())).then_some((*spec, stream))
        })
        .collect();
    let source = json.iter().find(|(spec, _)| {
        spec.get(b"AFRelationship").and_then(Object::as_name).ok() == Some(b"Source".as_slice())
    });
    let (_, stream) = source.or(json.first()).ok_or(PdfReadError::NoDossier)?;
    let filtered = stream.filters().is_ok_and(|f| !f.is_empty());
    if filtered {
        stream
            .decompressed_content_with_limit(MAX_EMBEDDED_BYTES)
            .map_err(|e| PdfReadError::BadEmbeddedFile(e.to_string()))
    } else if stream.content.len() > MAX_EMBEDDED_BYTES {
        Err(PdfReadError::BadEmbeddedFile(format!(
            "larger than {MAX_EMBEDDED_BYTES} bytes"
        )))
    } else {
        Ok(stream.content.clone())
    }
}

fn deref_dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    doc.dereference(o).ok()?.1.as_dict().ok()
}

/// The values of a name tree (`/Names [key value …]`, `/Kids [...]`), in
/// the tree's order. Each referenced node is visited once, at most
/// [`MAX_TREE_NODES`] nodes and [`MAX_TREE_DEPTH`] levels, and at most
/// [`MAX_SPECS`] values are kept: a hostile tree costs a bounded walk.
fn name_tree_values<'a>(doc: &'a Document, root: &'a Dictionary, out: &mut Vec<&'a Dictionary>) {
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = vec![(root, 0_usize)];
    let mut visited = 0;
    while let Some((node, depth)) = stack.pop() {
        visited += 1;
        if visited > MAX_TREE_NODES || out.len() >= MAX_SPECS {
            return;
        }
        if let Ok(names) = node.get_deref(b"Names", doc).and_then(Object::as_array) {
            let room = MAX_SPECS - out.len();
            out.extend(
                names
                    .iter()
                    .skip(1)
                    .step_by(2)
                    .filter_map(|o| deref_dict(doc, o))
                    .take(room),
            );
        }
        if depth >= MAX_TREE_DEPTH {
            continue;
        }
        if let Ok(kids) = node.get_deref(b"Kids", doc).and_then(Object::as_array) {
            // Reversed onto the stack, so that the first kid is walked first.
            for kid in kids.iter().rev() {
                if let Object::Reference(id) = kid
                    && !seen.insert(*id)
                {
                    continue;
                }
                if stack.len() >= MAX_TREE_NODES {
                    break;
                }
                if let Some(dict) = deref_dict(doc, kid) {
                    stack.push((dict, depth + 1));
                }
            }
        }
    }
}

/// The embedded file stream of a file specification (`/EF /F`, or `/UF`).
fn file_stream<'a>(doc: &'a Document, spec: &'a Dictionary) -> Option<&'a lopdf::Stream> {
    let ef = spec.get_deref(b"EF", doc).ok()?.as_dict().ok()?;
    let file = ef
        .get_deref(b"F", doc)
        .or_else(|_| ef.get_deref(b"UF", doc))
        .ok()?;
    file.as_stream().ok()
}
