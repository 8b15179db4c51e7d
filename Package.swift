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
        .target(
            name: "SceneRadar",
            dependencies: ["CCmark"]
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
