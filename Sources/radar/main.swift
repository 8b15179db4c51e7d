import SceneRadar

print("radar")
