/// Lines and columns of byte offsets in a text, each found in logarithmic time plus a short
/// count, so a text with a hundred thousand findings on one long line places them all in one
/// pass's time rather than a pass per finding.
///
/// LF, CR and CR LF each end a line (SPEC §2). Lines and columns are 1-based; a column counts
/// Unicode scalars (the bytes that are not UTF-8 continuation bytes).
struct TextPositions {
    private let bytes: [UInt8]
    /// Where each line starts.
    private var lineStarts: [Int] = [0]
    /// How many scalars start before each block of `block` bytes, and before the end.
    private var scalarsBeforeBlock: [Int] = []
    private static let block = 256

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var scalars = 0
        var index = 0
        while index < bytes.count {
            if index % Self.block == 0 { scalarsBeforeBlock.append(scalars) }
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            let endsLine =
                byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
            if endsLine { lineStarts.append(index + 1) }
            index += 1
        }
        if bytes.count % Self.block == 0 { scalarsBeforeBlock.append(scalars) }
    }

    /// The bytes of 1-based `line` (clamped to the text's lines), without its line end.
    func range(ofLine line: Int) -> Range<Int> {
        let index = min(max(line - 1, 0), lineStarts.count - 1)
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > lineStarts[index], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return lineStarts[index]..<end
    }

    /// The line and column of the byte at `offset` (0...count).
    func position(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, scalars(before: offset) - scalars(before: lineStarts[low]) + 1)
    }

    /// How many scalars start before byte `offset`.
    private func scalars(before offset: Int) -> Int {
        let block = offset / Self.block
        var count = scalarsBeforeBlock[block]
        for byte in bytes[(block * Self.block)..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
