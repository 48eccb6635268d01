print("samskap")
