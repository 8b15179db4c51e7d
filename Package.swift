// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SceneRadar",
    products: [
        .executable(name: "radar", targets: ["radar"]),
        .library(name: "SceneRadar", targets: ["SceneRadar"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "SceneRadar",
            dependencies: ["CCmark", "CMalloc"]
        ),
        .executableTarget(
            name: "radar",
            dependencies: ["SceneRadar"]
        ),
        .testTarget(
            name: "SceneRadarTests",
            dependencies: ["SceneRadar"]
        ),
    ]
)
