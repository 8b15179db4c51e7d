/// Places point labels so they avoid each other, the points and fixed captions — greedily and
/// deterministically: each label, in the order given, takes the first free spot from a fixed list of
/// candidates around its point (right, left, above, below, the diagonals, then the same further out
/// with a leader line); when none is free it takes the candidate with the least overlap.
struct LabelPlacer {
    /// An axis-aligned box in SVG coordinates.
    struct Box {
        var minX: Double
        var minY: Double
        var maxX: Double
        var maxY: Double

        func overlap(with other: Box) -> Double {
            let width = min(maxX, other.maxX) - max(minX, other.minX)
            let height = min(maxY, other.maxY) - max(minY, other.minY)
            return width > 0 && height > 0 ? width * height : 0
        }

        func contains(_ other: Box) -> Bool {
            other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
        }
    }

    /// Where a label went: its text anchor and baseline, and whether it needs a leader line.
    struct Placement {
        let x: Double
        let y: Double
        let anchor: String
        let box: Box
        let needsLeader: Bool
    }

    /// The area labels must stay inside.
    let bounds: Box
    /// Boxes no label may cover: captions, and placed labels as they are added.
    var obstacles: [Box]
    /// The points' boxes, by point index; a label ignores only its own point's box.
    let points: [Box]

    /// The label font size; boxes span from 10/12 of it above the baseline to 3/12 below.
    let fontSize: Double

    /// Places a label of estimated `width` for point number `index`, at (`x`, `y`) with `radius`.
    mutating func place(width: Double, index: Int, x: Double, y: Double, radius: Double) -> Placement {
        var best: (placement: Placement, cost: Double)?
        for ring in [1.0, 2.2, 3.6] {
            for candidate in Self.directions {
                let placement = self.placement(
                    width: width, x: x, y: y, gap: radius + 3 + (ring - 1) * 12, direction: candidate,
                    needsLeader: ring > 1)
                let cost = self.cost(of: placement.box, index: index)
                if cost == 0 {
                    obstacles.append(placement.box)
                    return withLeaderIfAmbiguous(placement, index: index)
                }
                if best == nil || cost < best?.cost ?? .infinity {
                    best = (placement, cost)
                }
            }
        }
        // `best` is always set: the candidate lists are not empty.
        let chosen =
            best?.placement
            ?? Placement(
                x: x, y: y, anchor: "start", box: Box(minX: x, minY: y, maxX: x, maxY: y), needsLeader: false)
        obstacles.append(chosen.box)
        return withLeaderIfAmbiguous(chosen, index: index)
    }
}

extension LabelPlacer {
    /// Unit directions (dx, dy) tried in order.
    fileprivate static let directions: [(Double, Double)] = [
        (1, 0), (-1, 0), (0, -1), (0, 1), (0.8, -0.8), (0.8, 0.8), (-0.8, -0.8), (-0.8, 0.8),
    ]

    fileprivate func placement(
        width: Double, x: Double, y: Double, gap: Double, direction: (Double, Double), needsLeader: Bool
    ) -> Placement {
        let ascent = fontSize * 10 / 12
        let descent = fontSize * 3 / 12
        let (dx, dy) = direction
        let anchorX = x + dx * gap
        let anchor = dx > 0.1 ? "start" : (dx < -0.1 ? "end" : "middle")
        let minX = anchor == "start" ? anchorX : (anchor == "end" ? anchorX - width : anchorX - width / 2)
        let baseline: Double
        if dy < -0.1 {
            baseline = y + dy * gap - descent
        } else if dy > 0.1 {
            baseline = y + dy * gap + ascent
        } else {
            baseline = y + (ascent - descent) / 2
        }
        let box = Box(
            minX: minX - 1, minY: baseline - ascent - 1, maxX: minX + width + 1, maxY: baseline + descent + 1)
        return Placement(x: anchorX, y: baseline, anchor: anchor, box: box, needsLeader: needsLeader)
    }

    /// `placement`, with a leader line when the label is nearer another point than its own, so a
    /// label in a cluster says which point it belongs to.
    fileprivate func withLeaderIfAmbiguous(_ placement: Placement, index: Int) -> Placement {
        guard !placement.needsLeader, points.indices.contains(index) else { return placement }
        let own = Self.distance(placement.box, points[index])
        for (other, point) in points.enumerated() where other != index {
            if Self.distance(placement.box, point) < own - 0.5 {
                return Placement(
                    x: placement.x, y: placement.y, anchor: placement.anchor, box: placement.box,
                    needsLeader: true)
            }
        }
        return placement
    }

    /// The squared distance from the centre of `point` to the nearest point of `box`.
    static func distance(_ box: Box, _ point: Box) -> Double {
        let x = (point.minX + point.maxX) / 2
        let y = (point.minY + point.maxY) / 2
        let dx = x - min(max(x, box.minX), box.maxX)
        let dy = y - min(max(y, box.minY), box.maxY)
        return dx * dx + dy * dy
    }

    /// 0 when the box is free and inside the bounds; otherwise the overlapped area (leaving the
    /// bounds counts heavily, so a label is clipped only when nothing else is possible).
    fileprivate func cost(of box: Box, index: Int) -> Double {
        var cost: Double = bounds.contains(box) ? 0 : 10_000
        for obstacle in obstacles {
            cost += box.overlap(with: obstacle)
        }
        for (other, point) in points.enumerated() where other != index {
            cost += box.overlap(with: point)
        }
        return cost
    }
}
