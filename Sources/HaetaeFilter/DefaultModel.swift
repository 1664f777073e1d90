import MIME

/// The model Haetae ships, trained by `scripts/gen-default-model` from the development corpus.
/// A site's own model (`haetae train`, DATA/filter/model.hfm) replaces it.
public enum DefaultModel {
    public static func load() -> FilterModel? {
        let text = base64.utf8.filter { $0 != 0x0A }
        return FilterModel(serialized: TransferEncoding.base64(text))
    }
}
