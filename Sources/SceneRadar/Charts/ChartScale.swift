/// A linear map from data values to SVG coordinates; a zero-width domain maps to the range's middle.
struct ChartScale {
    let domainStart: Double
    let domainEnd: Double
    let rangeStart: Double
    let rangeEnd: Double

    /// Maps `value`, clamped into the domain so nothing is drawn outside the plot.
    func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0, span.isFinite else { return (rangeStart + rangeEnd) / 2 }
        let low = min(domainStart, domainEnd)
        let high = max(domainStart, domainEnd)
        let clamped = min(max(value, low), high)
        return rangeStart + (clamped - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// A "nice" upper bound ≥ `value` of the form 1, 2, 2.5 or 5 × 10ⁿ (1 for values ≤ 0), so axis
    /// ticks at quarters of it read as round numbers.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value {
            magnitude *= 10
        }
        while magnitude > value {
            magnitude /= 10
        }
        for step in [1.0, 2.0, 4.0, 5.0, 8.0, 10.0] where step * magnitude >= value {
            return step * magnitude
        }
        return 10 * magnitude
    }
}

/// A least-squares line through points, as the scoring stage defines momentum: slope per week.
struct ChartTrend {
    /// The line's slope (units per week).
    let slope: Double
    /// The line's value at x = 0.
    let intercept: Double
    /// The mean of the y values.
    let mean: Double

    /// Fits the points; nil with no points. A single point (or all x equal) gives slope 0.
    init?(xs: [Double], ys: [Double]) {
        let count = min(xs.count, ys.count)
        guard count > 0 else { return nil }
        var sumX = 0.0
        var sumY = 0.0
        for index in 0..<count {
            sumX += xs[index]
            sumY += ys[index]
        }
        let meanX = sumX / Double(count)
        let meanY = sumY / Double(count)
        var covariance = 0.0
        var variance = 0.0
        for index in 0..<count {
            covariance += (xs[index] - meanX) * (ys[index] - meanY)
            variance += (xs[index] - meanX) * (xs[index] - meanX)
        }
        slope = variance > 0 ? covariance / variance : 0
        intercept = meanY - slope * meanX
        mean = meanY
    }

    /// The relative trend (slope ÷ mean, per week), nil when the mean is 0 — the momentum
    /// contribution of this series, which scoring leaves out in that case.
    var relative: Double? {
        mean != 0 ? slope / mean : nil
    }

    /// The line's value at `x`.
    func value(at x: Double) -> Double {
        intercept + slope * x
    }
}
