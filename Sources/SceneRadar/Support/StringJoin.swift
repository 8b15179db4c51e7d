extension Array where Element == String {
    /// `joined(separator:)` made in one allocation: the UTF-8 of the elements and separators is
    /// copied into a string made at its final size. The standard library's `joined` appends
    /// piece by piece, about a thousand instructions per element; a scene page joins the names
    /// of thousands of scenes.
    func joinedInPlace(separator: String) -> String {
        guard count > 1 else { return first ?? "" }
        var separator = separator
        var total = separator.utf8.count * (count - 1)
        for element in self { total += element.utf8.count }
        return separator.withUTF8 { separator in
            String(unsafeUninitializedCapacity: total) { buffer in
                var offset = 0
                func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                    guard let base = bytes.baseAddress, let target = buffer.baseAddress else { return }
                    (target + offset).initialize(from: base, count: bytes.count)
                    offset += bytes.count
                }
                for index in indices {
                    if index > startIndex { copy(separator) }
                    var element = self[index]
                    element.withUTF8 { copy($0) }
                }
                return offset
            }
        }
    }
}
