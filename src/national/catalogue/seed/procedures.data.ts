/**
 * Real procedures of the national catalogue (Cổng Dịch vụ công quốc gia, public facts): codes, names, sectors,
 * levels, processing times, components, results and legal references as published there (extracted from the
 * June–July 2026 crawl described in shared/data/tthc-dvcqg-2026/SOURCE.md). Competent agencies are the demo
 * agencies of this product (Thanh Hóa H56, Quảng Ninh H49 and the ministries by their real codes); online
 * level "full" marks the procedures the portal serves toàn trình (civil status, residence, judicial records).
 */
import type { ProcedureContent } from '../catalogue.ts';
import type { SectorRecord } from '../catalogue.repository.ts';

export const seedSectors: SectorRecord[] = [
  {
    "code": "ho-tich",
    "name": "Hộ tịch",
    "ministryCode": "000.00.00.G15"
  },
  {
    "code": "chung-thuc",
    "name": "Chứng thực",
    "ministryCode": "000.00.00.G15"
  },
  {
    "code": "dang-ky-quan-ly-cu-tru",
    "name": "Đăng ký, quản lý cư trú",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "cap-quan-ly-can-cuoc",
    "name": "Cấp, quản lý căn cước",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "ly-lich-tu-phap",
    "name": "Lý lịch tư pháp",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "sat-hach-cap-giay-phep-lai-xe",
    "name": "Sát hạch, cấp giấy phép lái xe",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "name": "Thành lập và hoạt động của doanh nghiệp",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "name": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "hoat-dong-xay-dung",
    "name": "Hoạt động xây dựng",
    "ministryCode": "000.00.00.G17"
  },
  {
    "code": "dat-dai",
    "name": "Đất đai",
    "ministryCode": "000.00.00.G10"
  },
  {
    "code": "thuc-hien-chinh-sach-bhxh",
    "name": "Thực hiện chính sách BHXH",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "chi-tra-cac-che-do-bhxh",
    "name": "Chi trả các chế độ BHXH",
    "ministryCode": "000.00.00.G12"
  }
];

export const seedProcedures: (ProcedureContent & { code: string })[] = [
  {
    "code": "1.001193",
    "name": "Đăng ký khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngTrường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000894",
    "name": "Đăng ký kết hôn",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "* Lưu ý :Tên giấy tờMẫu đơn, tờ khaiSố lượng+ Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp .",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "+ Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký kết hôn trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp người yêu cầu đăng ký kết hôn không cung cấp được giấy tờ nêu trên theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký kết hôn.",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      "123/2015/NĐ-CP",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "52/2014/QH1352",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPT",
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000656",
    "name": "Đăng ký khai tử",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp. Trường hợp người yêu cầu đã nộp bản điện tử Giấy báo tử hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy báo tử thì không phải nộp bản giấy.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai tử. Trường hợp người có trách nhiệm đăng ký khai tử ủy quyền cho người khác thực hiện việc đăng ký khai tử mà người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em r",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết đối với trường hợp đăng ký khai tử cho người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Trường hợp không xác định được nơi cư trú cuối cùng của người chết thì xuất trình giấy tờ chứng minh nơi người đó chết hoặc nơi phát hiện thi thể của người chết.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ chứng minh nơi cư trú cuối cùng của người chết để xác định        thẩm quyền trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. T",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000034",
        "name": "Trích lục khai tử"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004884",
    "name": "Đăng ký lại khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Trường hợp người yêu cầu đăng ký lại khai sinh là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang thì phải có văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về việc những nội dung khai sinh của người đó gồm họ, chữ đ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người yêu cầu đăng ký khai sinh có trách nhiệm nộp đầy đủ bản sao các giấy tờ nêu trên (nếu có) và phải cam đoan đã nộp đủ các giấy tờ mình có; chịu trách nhiệm, hệ quả của việc cam đoan không đúng sự thật.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "+ Trường hợp người yêu cầu không có giấy tờ nêu trên thì phải nộp bản sao giấy tờ do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ như: Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ chiếu; Sổ hộ khẩu, Sổ tạm trú, giấy tờ chứng minh về nơi cư trú; Bằng tốt nghiệp, Giấy chứng nhận, Chứng chỉ",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "+ Bản sao Giấy khai sinh do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ (bản sao được chứng thực từ bản chính, bản sao được cấp từ Sổ đăng ký khai sinh); bản chính hoặc bản sao giấy tờ có giá trị thay thế Giấy khai sinh được cấp trước năm 1945 ở miền Bắc và trước năm 1975 ở miền Nam.",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      "7/2025/NQ-CP",
      "7/2025/NQ-CPT",
      "09/2022/TT-BTP",
      "09/2022/TT-BTPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "123/2015/NĐ-CP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPT",
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.003583",
    "name": "Đăng ký khai sinh lưu động",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Tờ khai đăng ký khai sinh theo mẫu.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngTrường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy chứng nhận kết hôn nếu cha, mẹ đã đăng ký kết hôn. Trường hợp đã có thông tin về việc kết hôn của cha, mẹ trong CSDLHTĐT, CSDLQGVDC thì không phải xuất trình.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTC",
      "106/2021/TT-BTCS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "123/2015/NĐ-CP",
      "04/2024/TT-BTPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPL",
      "60/2014/QH1360",
      "104/2022/NĐ-CPN",
      "18/2026/NĐ-CPT",
      "85/2019/TT-BTCT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000689",
    "name": "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Tờ khai đăng ký nhận cha, mẹ, con theo mẫu;",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "+ Trường hợp không có văn bản nêu trên thì phải có văn bản cam đoan của các bên nhận cha, mẹ, con về mối quan hệ cha, mẹ, con và có ít nhất hai người làm chứng về mối quan hệ cha, mẹ, con.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Chứng cứ chứng minh quan hệ cha, con hoặc quan hệ mẹ, con gồm:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "+ Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Tờ khai đăng ký khai sinh theo mẫu;",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      },
      {
        "code": "KQ.G15.000033",
        "name": "Trích lục đăng ký nhận cha, mẹ, con"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPL",
      "52/2014/QH1352"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000806",
    "name": "Đăng ký kết hôn có yếu tố nước ngoài",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Người nước ngoài, công dân Việt Nam định cư ở nước ngoài phải nộp bản sao hộ chiếu/giấy tờ có giá trị thay thế hộ chiếu.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước mà người đó là công dân cấp còn giá trị sử dụng, xác nhận hiện tại người đó không có vợ hoặc không có chồng; trường hợp nước ngoài không cấp xác nhận tình trạng hôn nhân thì thay bằng giấy tờ do cơ quan c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy xác nhận của tổ chức y tế có thẩm quyền của Việt Nam hoặc nước ngoài xác nhận các bên kết hôn không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Ngoài giấy tờ nêu trên, tùy từng trường hợp, bên nam, bên nữ phải nộp giấy tờ tương ứng sau đây:",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Công dân Việt Nam là công chức, viên chức hoặc đang phục vụ trong lực lượng vũ trang phải nộp văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người nước ngoài không trái với quy định của ngành đó;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp người yêu cầu đăng ký kết hôn đang công tác, học tập, lao động có thời hạn ở nước ngoài thì phải nộp Giấy xác nhận tình trạng hôn nhân do Cơ quan đại diện ngoại giao, Cơ quan đại diện lãnh sự của Việt Nam ở nước ngoài cấp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Công dân Việt Nam đã ly hôn hoặc hủy việc kết hôn tại cơ quan có thẩm quyền của nước ngoài phải nộp bản sao trích lục hộ tịch về việc đã ghi vào sổ việc ly hôn hoặc hủy việc kết hôn trái pháp luật (Trích lục ghi chú ly hôn);",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài được xác định theo thời hạn ghi trên giấy tờ đó. Trường hợp giấy tờ chứng minh tình trạng hôn nhân không ghi thời hạn sử dụng thì giấy tờ này và giấy xác nhận của tổ chức y tế có giá trị trong thời hạn 06 tháng, kể từ ng",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "123/2015/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPT",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPL",
      "52/2014/QH1352",
      "60/2014/QH1360",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CP",
      "87/2020/NĐ-CPS",
      "01/2022/TT-BTP",
      "03/2023/TT-BTP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001766",
    "name": "Đăng ký khai tử có yếu tố nước ngoài",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai tử. Trường hợp người có trách nhiệm đăng ký khai tử ủy quyền cho người khác thực hiện việc đăng ký khai tử mà người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em r",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp. Trường hợp người yêu cầu đã nộp bản điện tử Giấy báo tử hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy báo tử thì không phải nộp bản giấy.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết đối với trường hợp đăng ký khai tử cho người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "* Lưu ý :Tên giấy tờMẫu đơn, tờ khaiSố lượng+ Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000034",
        "name": "Trích lục khai tử"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCN",
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "87/2020/NĐ-CPN",
      "18/2026/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPH",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004746",
    "name": "Đăng ký lại kết hôn",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản sao Giấy chứng nhận kết hôn được cấp trước đây. Nếu không có bản sao Giấy chứng nhận kết hôn thì nộp bản sao hồ sơ, giấy tờ cá nhân có các thông tin liên quan đến nội dung đăng ký kết hôn.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Giấy tờ chứng minh nơi cư trú để xác định thẩm quyền (nếu việc đăng ký lại kết hôn thực hiện tại Ủy ban nhân dân cấp xã không phải là nơi đăng ký kết hôn trước đây) trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký h",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai đăng ký lại kết hôn theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp);",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Mẫu hộ tịch điện tử tương tác đăng ký lại kết hôn",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Người có yêu cầu đăng ký lại kết hôn thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      "104/2022/NĐ-CPN",
      "123/2015/NĐ-CP",
      "87/2020/NĐ-CPT",
      "08/2025/TT-BTP",
      "08/2025/TT-BTPN",
      "18/2026/NĐ-CPT",
      "85/2019/TT-BTCT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPN",
      "07/2025/NĐ-CPH",
      "04/2020/TT-BTPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPL",
      "60/2014/QH1360"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000635",
    "name": "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49",
      "000.00.06.H56",
      "000.00.06.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện yêu cầu cấp bản sao Trích lục hộ tịch. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngTrường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại c",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "* Lưu ý:Tên giấy tờMẫu đơn, tờ khaiSố lượng+ Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng ",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "- Trường hợp người yêu cầu đăng k‎ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định.",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 8000,
        "description": "Không có thông tin8,000 VNĐ"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000342",
        "name": "Bản sao Trích lục hộ tịch, bản sao giấy khai sinh"
      }
    ],
    "legalBasis": [
      "7/2025/NQ-CP",
      "7/2025/NQ-CPH",
      "123/2015/NĐ-CP",
      "04/2020/TT-BTPN",
      "07/2025/NĐ-CPN",
      "120/2025/NĐ-CP",
      "120/2025/NĐ-CPL",
      "60/2014/QH1360",
      "87/2020/NĐ-CP",
      "01/2022/TT-BTPT",
      "85/2019/TT-BTCN",
      "18/2026/NĐ-CPN",
      "123/2015/NĐ-CPT",
      "08/2025/TT-BTP",
      "87/2020/NĐ-CPS",
      "02/2020/TT-BTP",
      "04/2020/TT-BTP",
      "04/2024/TT-BTPT",
      "03/2023/TT-BTP",
      "03/2023/TT-BTPT",
      "85/2019/TT-BTC",
      "106/2021/TT-BTCT",
      "281/2016/TT-BTC281"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000815",
    "name": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
    "sectorCode": "chung-thuc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực. Trường hợp người yêu cầu chứng thực chỉ xuất trình bản chính thì cơ quan, tổ chức tiến hành chụp từ bản chính để thực hiện chứng thực, trừ trường hợp cơ quan, tổ chức không có phương tiện để chụp. Bản sao từ bản ch",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 2000,
        "description": "Không có thông tin2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 2.000 đồng/tra"
      },
      {
        "amount": 1000,
        "description": "xã, Tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được t"
      },
      {
        "amount": 200000,
        "description": "0 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được tính theo trang của bản chính;"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000021",
        "name": "Bản sao được chứng thực từ bản chính"
      }
    ],
    "legalBasis": [
      "264/2016/TT-BTCV",
      "23/2015/NĐ-CPT",
      "257/2016/TT-BTCN",
      "280/2025/NĐ-CP",
      "23/2015/NĐ-CP",
      "07/2025/NĐ-CP280",
      "01/2020/TT-BTP01",
      "226/2016/TT-BTC226"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000884",
    "name": "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    "sectorCode": "chung-thuc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "+ Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "+ Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký. Trường hợp chứng thực chữ ký trong giấy tờ, văn bản bằng tiếng nước ngoài, nếu người thực hiện chứng thực không hiểu rõ nội dung của giấy tờ, văn bản thì có quyền yêu cầu người yêu cầu chứng thực nộp kèm theo bản dịch ra tiếng Việt nội dung củ",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "Không có thông tin10,000 Việt Nam Đồng(/trường hợp)Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 10.000 đồ"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000022",
        "name": "Giấy tờ, văn bản được chứng thực chữ ký/điểm chỉ"
      }
    ],
    "legalBasis": [
      "264/2016/TT-BTCN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPN",
      "280/2025/NĐ-CP",
      "23/2015/NĐ-CP",
      "07/2025/NĐ-CP280",
      "01/2020/TT-BTP01",
      "226/2016/TT-BTC226",
      "23/2015/NĐ-CPT",
      "257/2016/TT-BTC",
      "18/2026/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004222",
    "name": "Đăng ký thường trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Văn bản xác nhận của Ủy ban nhân dân cấp xã về địa điểm phương tiện đăng ký đậu, đỗ thường xuyên trong trường hợp phương tiện không phải đăng ký hoặc nơi đăng ký phương tiện không trùng với nơi thường xuyên đậu, đỗ (nội dung xác nhận tại mục 1 của Ủy ban nhân dân cấp xã tại Tờ khai đề nghị xác nhận ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy chứng nhận đăng ký phương tiện và giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường của phương tiện hoặc văn bản xác nhận của Ủy ban nhân dân cấp xã về việc sử dụng phương tiện đó vào mục đích để ở đối với phương tiện không thuộc đối tượng phải đăng ký, đăng kiểm (nội dung xác nhận tại mục ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người được chăm sóc, nuôi dưỡng, trợ giúp được đăng ký thường trú tại cơ sở trợ giúp xã hội hoặc được đăng ký thường trú vào hộ gia đình nhận chăm sóc, nuôi dưỡng, trợ giúpTên giấy tờMẫu đơn, tờ khaiSố lượngGiấy tờ, tài liệu xác nhận về việc chăm sóc, nuôi dưỡng, trợ giúp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình đối với những trường hợp quy định tại khoản 2 Điều 20 Luật Cư trúTên giấy tờMẫu đơn, tờ khaiSố lượngThông tin chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình được khai thác trong căn cước điện tử, tài khoản định ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ởTên giấy tờMẫu đơn, tờ khaiSố lượngVăn bản xác nhận của Ủy ban nhân dân cấp xã về việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp quy định tại điểm a, b, c khoản 4 Điều 20 Luật Cư trú đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ giúp là nhà ở, hồ sơ gồm:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp quy định tại điểm d khoản 4 Điều 20 Luật Cư trú đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ giúp là nhà ở, hồ sơ gồm:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Văn bản xác nhận của Ủy ban nhân dân cấp xã về việc người đăng ký thường trú thuộc đối tượng quy định tại khoản 2 Điều 17 Luật Cư trú và việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy tờ, tài liệu chứng minh là nhà tu hành, chức sắc, chức việc hoặc người khác hoạt động tôn giáo và được hoạt động tại cơ sở tôn giáo đó theo quy định của pháp luật về tín ngưỡng, tôn giáo đối với người quy định tại điểm a khoản 4 Điều 20 Luật Cư trú; giấy tờ, tài liệu chứng minh là người đại diệ",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 20000,
        "description": "20,000 Việt Nam Đồng(Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông tư"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      "7/2025/NQ-CP",
      "7/2025/NQ-CPT",
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA",
      "53/2025/TT-BCAT",
      "57/2021/TT-BCA",
      "66/2023/TT-BCAT",
      "75/2022/TT-BTC",
      "75/2022/TT-BTCL",
      "02068/2020/QH14T",
      "57/2021/TT-BCA57",
      "54/2025/TT-BCA",
      "54/2025/TT-BCAN",
      "154/2024/NĐ-CPT",
      "55/2021/TT-BCA55",
      "56/2021/TT-BCA56",
      "58/2026/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004194",
    "name": "Đăng ký tạm trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do cơ quan có thẩm quyền cấp qua các thời kỳ theo quy định của pháp luật về đất đai và nhà ở được khai thác trong Cơ sở dữ liệu quốc gia về đất đa",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trê",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); đối với người đăng ký tạm trú là người chưa thành niên thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ, trừ trường hợp đã có ý kiến đồng ý bằng văn bản;1.MuCT01banhnhkmtheoThngts53.d",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Đăng ký tạm trú theo danh sách, hồ sơ gồm:Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản đề nghị đăng ký tạm trú, trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người tạm trú. Danh sách bao gồm những thông tin cơ bản của từng người: họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đăng ký tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân nhân (đơn vị đóng quân, nhà ở công vụ) hồ sơ gồm:Tên giấy tờMẫu đơn, tờ khaiSố lượngĐối với Quân đội nhân dân: Giấy giới thiệu đăng ký tạm trú của đơn vị cấp trung đoàn và tương đương trở lên.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin  cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Đối với Công an nhân dân: Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục đăng ký tạm trú và đơn vị có chỗ ở cho cán bộ chiến sĩ (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượng*Lưu ý: - Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp để đăng ký tạm trú là văn bản cho thuê, cho mượn, cho ở nhờ nhà ở, nhà khác của cá nhân, tổ chức thì văn bản đó không bắt buộc phải công chứng hoặc chứng thực. - Người nước ngoài được nhập quốc tịch",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "10,000 Việt Nam Đồng(- Đăng ký tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực tiếp thu"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA",
      "53/2025/TT-BCAT",
      "57/2021/TT-BCA",
      "66/2023/TT-BCAT",
      "75/2022/TT-BTC",
      "75/2022/TT-BTCT",
      "57/2021/TT-BCA57",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "02068/2020/QH14T",
      "54/2025/TT-BCA",
      "54/2025/TT-BCAN",
      "154/2024/NĐ-CPT",
      "55/2021/TT-BCA55",
      "56/2021/TT-BCA56",
      "85/2019/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.002755",
    "name": "Gia hạn tạm trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Tờ khai thay đổi thông tin cư trú (của từng người)   (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Văn bản đề nghị gia hạn tạm trú trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người gia hạn tạm trú. Danh sách bao gồm những thông tin cơ bản của từng người: họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Gia hạn tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân nhân (nơi đơn vị đóng quân, nhà ở công vụ) hồ sơ gồm:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký thường trú của đơn vị cấp trung đoàn và tương đương trở lên.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Đối với Công an nhân dân: Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục gia hạn tạm trú và đơn vị có chỗ ở cho cán bộ chiến sĩ (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư   trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "* Hồ sơ gia hạn tạm trú gồm:Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2023/TT-BCA); trong đó ghi rõ ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp, trừ trường hợp đã có ý kiến đồng ý bằng văn bản. Đối với người gia hạn tạm trú là ngư",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượngLưu ý:- Trường hợp nộp hồ sơ trực tiếp tại cơ quan đăng ký cư trú thì người yêu cầu đăng ký cư trú có thể nộp bản sao giấy tờ, tài liệu được chứng thực từ bản chính hoặc bản sao giấy tờ được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản quét, bản chụp kèm theo ",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "10,000 Việt Nam Đồng(- Gia hạn tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực tiếp thu"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA",
      "53/2025/TT-BCAT",
      "57/2021/TT-BCA",
      "66/2023/TT-BCAT",
      "75/2022/TT-BTC",
      "75/2022/TT-BTCL",
      "02068/2020/QH14T",
      "57/2021/TT-BCA57",
      "54/2025/TT-BCA",
      "54/2025/TT-BCAN",
      "154/2024/NĐ-CPT",
      "55/2021/TT-BCA55",
      "56/2021/TT-BCA56"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.003197",
    "name": "Xóa đăng ký thường trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Thông tin chứng minh thuộc trường hợp xóa đăng ký thường trú của công dân trong Cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành và cơ sở dữ liệu khác được kết nối, chia sẻ với cơ quan đăng ký cư trú. Trường hợp thông tin chưa được kết nối, chia sẻ thì công dân xuất trình giấy tờ, tài liệu chứng m",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53 (3).doc",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA",
      "53/2025/TT-BCAT",
      "54/2025/TT-BCA",
      "54/2025/TT-BCAN",
      "154/2024/NĐ-CPT",
      "55/2021/TT-BCA55",
      "56/2021/TT-BCA56",
      "57/2021/TT-BCA",
      "66/2023/TT-BCAL",
      "02068/2020/QH14T",
      "57/2021/TT-BCA57"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001247",
    "name": "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (thực hiện tại cấp trung ương)",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Phiếu thu nhận thông tin căn cước (Mẫu CC01 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)Mẫu CC01 Phiếu thu nhận thông tin căn cước.doc",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000023",
        "name": "Thẻ căn cước"
      }
    ],
    "legalBasis": [
      "16/2024/TT-BCA",
      "16/2024/TT-BCAT",
      "17/2024/TT-BCAT",
      "18/2024/TT-BCAN",
      "70/2024/NĐ-CPL",
      "26/2023/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012549",
    "name": "Cấp thẻ căn cước cho người dưới 14 tuổi (thực hiện tại cấp tỉnh)",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Phiếu được tạo lập khi trích xuất thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư và in trong quá trình thu nhận hồ sơ căn cước để công dân kiểm tra và ký xác nhậnTên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu thu nhận thông tin căn cước (Mẫu CC01 ban hành kèm theo Thông tư số 17/2024/TT-BCA",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp công dân chưa có thông tin trong cơ sở dữ liệu quốc gia về dân cư thì hồ sơ còn có: Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu thu thập thông tin dân cư (mẫu DC01 ban hành kèm theo Thông tư số 53/2025/TT-BCA ngày 01/7/2025 của Bộ Công an)Mẫu DC01 Phiếu thu thập thông tin dân cư.docx",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy tờ, tài liệu có giá trị pháp lý chứng minh là người đại diện hợp pháp của người dưới 14 tuổi",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000023",
        "name": "Thẻ căn cước"
      }
    ],
    "legalBasis": [
      "190/2025/QH15",
      "190/2025/NQ-QH15T",
      "18/2024/TT-BCAN",
      "70/2024/NĐ-CPL",
      "26/2023/QH15T",
      "16/2024/TT-BCA",
      "16/2024/TT-BCAT",
      "17/2024/TT-BCAT",
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.014056",
    "name": "Khai thác thông tin công dân trong Cơ sở dữ liệu căn cước",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Xuất trình giấy tờ, tài liệu, thông tin hợp lệ chứng minh thông tin người đến nộp hồ sơ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000140",
        "name": "Phiếu cung cấp thông tin trong cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu căn cước bằng văn bản giấy hoặc văn bản điện tử (Mẫu DC03 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)"
      }
    ],
    "legalBasis": [
      "17/2024/TT-BCAT",
      "16/2024/TT-BCA",
      "16/2024/TT-BCAN",
      "190/2025/QH15",
      "190/2025/NQ-QH15T",
      "53/2025/TT-BCA",
      "55/2021/TT-BCA",
      "66/2023/TT-BCA",
      "56/2021/TT-BCA",
      "17/2024/TT-BCA",
      "53/2025/TT-BCAT",
      "18/2024/TT-BCAN",
      "70/2024/NĐ-CPL",
      "26/2023/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000330",
    "name": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam mà không xác định được nơi thường trú hoặc nơi tạm trú; người nước ngoài đã cư trú tại Việt Nam",
    "sectorCode": "ly-lich-tu-phap",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 10,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 10,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Các giấy tờ để chứng minh đối tượng miễn,   hoặc giảm phí (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp ( Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 02/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp  điện tử tương tác (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 05/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp  điện tử tương tác (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 04/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền làm thủ tục yêu cầu cấp  Phiếu Lý lịch tư pháp số 1 (người được ủy quyền phải xuất trình Thẻ Căn cước hoặc Thẻ Căn cước công dân hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu khi thực hiện thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp. Trường hợp người được ủy quyền là cha, mẹ, vợ, chồng,",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp  (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 01/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Thẻ Căn cước hoặc thẻ Căn cước  công dân hoặc Giấy xác nhận căn cước hoặc Hộ chiếu của công dân Việt Nam mà không xác định được nơi thường trú hoặc nơi tạm trú/ bản sao Hộ chiếu của người nước ngoài đã cư trú tại Việt Nam (Trường hợp nộp bản chụp thì phải xuất trình bản chính để đối chiếu. T",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000197",
        "name": "Phiếu Lý lịch tư pháp số 1 (Cấp bộ)"
      },
      {
        "code": "KQ.G01.000198",
        "name": "Phiếu Lý lịch tư pháp số 2 (Cấp bộ)"
      }
    ],
    "legalBasis": [
      "28/2009/QH1228"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000333",
    "name": "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài",
    "sectorCode": "ly-lich-tu-phap",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 10,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 10,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 02/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 05/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Thẻ Căn cước hoặc thẻ Căn cước công dân hoặc Giấy xác nhận căn cước hoặc Hộ chiếu của người được cấp Phiếu (Xuất trình bản chính để đối chiếu. Trường hợp không có bản chính thì nộp bản sao có chứng thực theo quy định của pháp luật).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 01/2025/LLTP;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Các giấy tờ để chứng minh đối tượng miễn, hoặc giảm phí (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 (người được ủy quyền phải xuất trình Thẻ Căn cước hoặc Thẻ Căn cước công dân hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu khi thực hiện thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp. Trường hợp người được ủy quyền là cha, mẹ, vợ, chồng, con của ngườ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 04/2025/LLTP;",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000199",
        "name": "Phiếu Lý lịch tư pháp số 2 (Cấp tỉnh)"
      },
      {
        "code": "KQ.G01.000200",
        "name": "Phiếu Lý lịch tư pháp số 1 (Cấp tỉnh)"
      }
    ],
    "legalBasis": [
      "28/2009/QH1228"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000346",
    "name": "Cấp giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 7,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc một trong các giấy tờ sau: thẻ tạm trú, thẻ thường trú, chứng minh thư ngoại giao, chứng minh thư công vụ (đối với người nước ngoài).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy phép lái xe quân sự do Bộ Quốc phòng cấp hoặc xác nhận của cơ quan đã cấp đối với trường hợp mất giấy phép lái xe (đối với giấy phép lái xe quân sự do Bộ Quốc phòng cấp)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy khám sức khoẻ của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép lái xe quá thời hạn sử dụng, trừ trường hợp người có giấy phép lái xe quá thời hạn sử dụng và bị mất",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đề nghị sát hạch để cấp giấy phép lái xe theo quy định tại Phụ lục I ban hành kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy tờ chứng minh thôi không còn phục vụ trong lực lượng Quân đội nhân dân, Công an nhân dân (đối với trường hợp giấy phép lái xe trong Công an nhân dân, giấy phép lái xe quân sự do Bộ Quốc phòng cấp)",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Hồ sơ đề nghị sát hạch của cá nhânTên giấy tờMẫu đơn, tờ khaiSố lượngGiấy khám sức khoẻ của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc một trong các giấy tờ sau: thẻ tạm trú, thẻ thường trú, chứng minh thư ngoại giao, chứng minh thư công vụ (đối với người nước ngoài).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đề nghị sát hạch để cấp giấy phép lái xe theo mẫu quy định tại Phụ lục I ban hành kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Chứng chỉ sơ cấp hoặc chứng chỉ đào tạo hoặc xác nhận hoàn thành khóa đào tạo đối với người dự sát hạch lái xe hạng B1, B, C1, C, D1, D2, D, BE, C1E, CE, D1E, D2E, DE.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 60000,
        "description": "i xe:  + Đối với thi sát hạch lái xe các hạng xe A1, A, B1: Sát hạch lý thuyết: 60.000 đồng/lần, Sát hạch thực hành: 60.000 đồng/lần;  + Đối với thi sát hạch lái xe ô tô ("
      },
      {
        "amount": 100000,
        "description": "ô (hạng xe B, C1, C, D1, D2, D, BE, CE, C1E, D1E, D2E, DE): Sát hạch lý thuyết: 100.000 đồng/lần, Sát hạch thực hành trong hình: 350.000 đồng/lần, Sát hạch thực hành trên đ"
      },
      {
        "amount": 350000,
        "description": "D2E, DE): Sát hạch lý thuyết: 100.000 đồng/lần, Sát hạch thực hành trong hình: 350.000 đồng/lần, Sát hạch thực hành trên đường giao thông: 80.000 đồng/lần, Sát hạch lái xe"
      },
      {
        "amount": 80000,
        "description": "ực hành trong hình: 350.000 đồng/lần, Sát hạch thực hành trên đường giao thông: 80.000 đồng/lần, Sát hạch lái xe ô tô bằng phần mềm mô phỏng các tình huống giao thông: 100"
      },
      {
        "amount": 135000,
        "description": "ng các tình huống giao thông: 100.000 đồng/lần.  - Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngà"
      },
      {
        "amount": 115000,
        "description": "tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      "06/2025/TT-BTC",
      "06/2025/TT-BTCT",
      "12/2025/TT-BCA",
      "12/2025/TT-BCAT",
      "63/2023/TT-BTC",
      "63/2023/TT-BTCT",
      "37/2023/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000347",
    "name": "Đổi giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đề nghị đổi giấy phép lái xe theo mẫu quy định tại Phụ lục XII ban hành kèm theo Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy khám sức khỏe của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực (trừ người có giấy phép lái xe hạng A1, A, B1)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Hộ chiếu còn thời hạn sử dụng (đối với người nước ngoài, người Việt Nam định cư ở nước ngoài)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Các giấy tờ khác thể hiện thông tin quy định tại điểm d khoản 1 Điều 21 Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc của giấy phép lái xe hoặc Quyết định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ đối với trường hợp tước quyền sử dụng giấy phép lái xe tích hợp",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Miễn phí(- Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.  - Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ"
      },
      {
        "amount": 115000,
        "description": "tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      "12/2025/TT-BCA",
      "06/2025/TT-BTC",
      "06/2025/TT-BTCT",
      "37/2023/TT-BTC",
      "37/2023/TT-BTCT",
      "63/2023/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000348",
    "name": "Cấp lại giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đề nghị đổi giấy phép lái xe theo mẫu quy định tại Phụ lục XII ban hành kèm theo Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc của giấy phép lái xe hoặc Quyết định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ đối với trường hợp tước quyền sử dụng giấy phép lái xe tích hợp",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy khám sức khỏe của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực (trừ người có giấy phép lái xe hạng A1, A, B1)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Các giấy tờ khác thể hiện thông tin quy định tại điểm d khoản 1 Điều 21 Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Hộ chiếu còn thời hạn sử dụng (đối với người nước ngoài, người Việt Nam định cư ở nước ngoài)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Miễn phí(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngà"
      },
      {
        "amount": 115000,
        "description": "tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      "06/2025/TT-BTC",
      "06/2025/TT-BTCT",
      "12/2025/TT-BCA",
      "12/2025/TT-BCAT",
      "37/2023/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000353",
    "name": "Cấp giấy phép lái xe quốc tế",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đề nghị cấp IDP theo mẫu quy định tại Phụ lục XVI ban hành kèm theo Thông tư số 12/2025/TT-BCA và 01 ảnh kích thước 3x4cm",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Xuất trình Hộ chiếu, thẻ thường trú (đối với người nước ngoài).",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Xuất trình Bản chính giấy phép lái xe quốc gia do Việt Nam cấp",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Miễn phí(- Nộp trực tiếp: 135.000 đồng/lần.  - Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ"
      },
      {
        "amount": 115000,
        "description": "tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000186",
        "name": "Giấy phép lái xe quốc tế."
      }
    ],
    "legalBasis": [
      "06/2007/QH12L"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001199",
    "name": "Đăng ký thành lập công ty TNHH hai thành viên trở lên",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên là cá nhân; người đại diện theo pháp luật hoặc người đại diện theo ủy quyền đối với thành viên là tổ chức",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: \t- Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; \t- Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thàn",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán:Tên giấy tờMẫu đơn, tờ khaiSố lượngDanh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: \t- Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; \t- Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thàn",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "50,000 Việt Nam Đồng(- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí quy định tại điểm 1 Biểu"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      },
      {
        "code": "KQ.G12.001052",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp Công ty TNHH hai thành viên trở lên"
      }
    ],
    "legalBasis": [
      "59/2020/QH14L",
      "02076/2025/QH15T",
      "68/2025/TT-BTC",
      "68/2025/TT-BTCN",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPT",
      "64/2025/TT-BTCN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CP47",
      "47/2019/TT-BTC"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001583",
    "name": "Đăng ký thành lập công ty TNHH một thành viên",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: \t- Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; \t- Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thàn",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên là cá nhân; người đại diện theo pháp luật hoặc người đại diện theo ủy quyền đối với thành viên là tổ chức",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán:Tên giấy tờMẫu đơn, tờ khaiSố lượng(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: \t- Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; \t- Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thàn",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp nhà đầu tư nước ngoài thành lập tổ chức kinh tế thực hiện dự án đầu tư trước khi đăng ký đầu tư để thực hiện thủ tục đầu tư đặc biệt theo quy định của pháp luật về đầu tư thì hồ sơ đăng ký thành lập doanh nghiệp thực hiện dự án không bao gồm bản sao Giấy chứng nhận đăng ký đầu tư đối với ",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "50,000 Việt Nam Đồng(- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí quy định tại điểm 1 Biểu"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001046",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH một thành viên"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      "64/2025/TT-BTCN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "02076/2025/QH15T",
      "68/2025/TT-BTC",
      "68/2025/TT-BTC47",
      "47/2019/TT-BTCN",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPL",
      "59/2020/QH14"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001610",
    "name": "Đăng ký thành lập doanh nghiệp tư nhân",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường của chủ doanh nghiệp tư nhân có chữ ký của chủ doanh nghiệp tư",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp chủ doanh nghiệp tư nhân kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh:Tên giấy tờMẫu đơn, tờ khaiSố lượngBản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp chủ doanh nghiệp tư nhân kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Trường hợp đăng ký thành lập doanh nghiệp xã hội trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện:Tên giấy tờMẫu đơn, tờ khaiSố lượngBản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký thuế",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 100000,
        "description": "100,000 VNĐ(Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/201"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001044",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp - Doanh nghiệp tư nhân"
      },
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      "7/2025/NQ-CP",
      "7/2025/NQ-CPT",
      "68/2025/TT-BTC",
      "68/2025/TT-BTC47",
      "47/2019/TT-BTCN",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPL",
      "02076/2025/QH15L",
      "59/2020/QH14"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.002042",
    "name": "Đăng ký thành lập công ty hợp danh",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 125,
        "unit": "working_day"
      },
      "online": {
        "duration": 1100,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên hợp danh.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp thành viên là cá nhân, người đại diện theo ủy quyền của thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP này thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với thành viên.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán:Tên giấy tờMẫu đơn, tờ khaiSố lượngBản sao giấy tờ pháp lý của cá nhân đối với thành viên.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp công ty hợp danh",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      },
      {
        "code": "KQ.G12.001303",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp công ty hợp danh"
      },
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      }
    ],
    "legalBasis": [
      "47/2019/TT-BTCT",
      "47/2019/TT-BTCL",
      "59/2020/QH14T",
      "64/2025/TT-BTCT",
      "68/2025/TT-BTC",
      "68/2025/TT-BTCN",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPN",
      "7/2025/NQ-CP",
      "7/2025/NQ-CPL",
      "02076/2025/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001612",
    "name": "Đăng ký thành lập hộ kinh doanh",
    "sectorCode": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "levels": [
      "central",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G12",
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(v) Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải thực hiện xác thực điện tử để được cấp đăng ký hộ kinh doanh. Trường hợp việc xác",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh, giấy giới thiệu của tổ chức đó cho cá nhân trực tiếp thực hiện t",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(iii) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì khi thực hiện thủ tục đăng ký hộ kinh doanh, nhân viên bưu chính phải nộp bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác ",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Giấy đề nghị đăng ký hộ kinh doanh;",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh đối với trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập. Văn bản ủy quyền này phải được công chứng hoặc chứng thực theo quy định của pháp luật.",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "Không có thông tin50,000 VNĐ(- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại T"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001009",
        "name": "Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã"
      },
      {
        "code": "KQ.G12.001041",
        "name": "Giấy chứng nhận đăng ký  hộ kinh doanh"
      }
    ],
    "legalBasis": [
      "02076/2025/QH15T",
      "68/2025/TT-BTC",
      "68/2025/TT-BTCN",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPT",
      "85/2019/TT-BTCL",
      "59/2020/QH14"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001266",
    "name": "Chấm dứt hoạt động hộ kinh doanh",
    "sectorCode": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "levels": [
      "central",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G12",
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(v) Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải thực hiện xác thực điện tử để được cấp đăng ký hộ kinh doanh. Trường hợp việc xác",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(ii) Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh, giấy giới thiệu của tổ chức đó cho cá nhân trực tiếp thực hiện t",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(iii) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì khi thực hiện thủ tục đăng ký hộ kinh doanh, nhân viên bưu chính phải nộp bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác ",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượng-  Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc chấm dứt hoạt động hộ kinh doanh đối với trường hợp hộ kinh doanh do nhóm cá nhân thành lập trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực thi hành.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "- Thông báo chấm dứt hoạt động hộ kinh doanh.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001017",
        "name": "Văn bản của Cơ quan đăng ký kinh doanh cấp xã thông báo lý do từ chối"
      },
      {
        "code": "KQ.G12.001349",
        "name": "Cơ quan đăng ký kinh doanh cấp xã chuyển tình trạng pháp lý của hộ kinh doanh trong Cơ sở dữ liệu về đăng ký hộ kinh doanh sang tình trạng đã chấm dứt hoạt động nếu không nhận được ý kiến của Cơ quan thuế hoặc nhận được ý kiến của Cơ quan thuế xác nhận hộ kinh doanh đã hoàn thành nghĩa vụ thuế, đồng thời đăng tải thông báo về việc chấm dứt hoạt động của hộ kinh doanh trên Cổng thông tin quốc gia về đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      "85/2019/TT-BTCT",
      "68/2025/TT-BTC",
      "68/2025/TT-BTCL",
      "59/2020/QH14N",
      "168/2025/NĐ-CP",
      "168/2025/NĐ-CPL",
      "02076/2025/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013225",
    "name": "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 15,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định s",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm:  +  Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "(1.2) Đối với công trình theo tuyến:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị địn",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000311",
        "name": "Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng.."
      }
    ],
    "legalBasis": [
      "140/2025/NĐ-CP",
      "105/2025/NĐ-CP",
      "14/2026/NĐ-CPN",
      "175/2024/NĐ-CP",
      "175/2024/NĐ-CPL",
      "62/2020/QH14",
      "144/2025/NĐ-CPL",
      "50/2014/QH13"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013229",
    "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ:",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 15,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Bản vẽ hiện trạng của các bộ phận công trình dự kiến sửa chữa, cải tạo đã được phê duyệt theo quy định có tỷ lệ tương ứng với tỷ lệ các bản vẽ của hồ sơ đề nghị cấp phép sửa chữa, cải tạo và ảnh chụp (kích thước tối thiểu 10 x 15 cm) hiện trạng công trình và công trình lân cận trước khi sửa chữa, ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Một trong những loại giấy tờ hợp pháp về đất đai để cấp phép xây dựng theo quy định tại Điều 53 Nghị số 175/2024/NĐ-CP bao gồm: +  Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "-   Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "-  02  bộ bản  vẽ thiết kế xây  dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định s",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "(1.2) Đối với công trình theo tuyến:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm:  +  Giấy chứng nhận quyền sử dụ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000312",
        "name": "- Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng."
      }
    ],
    "legalBasis": [
      "105/2025/NĐ-CP",
      "14/2026/NĐ-CPQ",
      "140/2025/NĐ-CP",
      "144/2025/NĐ-CPN",
      "175/2024/NĐ-CP",
      "175/2024/NĐ-CPL",
      "62/2020/QH14",
      "62/2020/QH14L",
      "50/2014/QH13"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013227",
    "name": "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đề nghị gia hạn giấy phép xây dựng theo Mẫu số 2 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản chính giấy phép xây dựng đã được cấp theo quy định",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000315",
        "name": "- Giấy phép xây dựng được gia hạn."
      }
    ],
    "legalBasis": [
      "105/2025/NĐ-CPL",
      "62/2020/QH14",
      "62/2020/QH14Q",
      "140/2025/NĐ-CP",
      "144/2025/NĐ-CPL",
      "50/2014/QH13",
      "14/2026/NĐ-CPN",
      "175/2024/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013228",
    "name": "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đề nghị điều chỉnh, gia hạn, cấp lại giấy phép xây dựng, trong đó giải trình rõ lý do đề nghị cấp lại theo Mẫu số 02 Phụ lục II Nghị định số 175/2024/NĐ-CP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản chính giấy phép xây dựng đã được cấp theo quy định (đối với trường hợp bị rách, nát)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000316",
        "name": "- Giấy phép xây dựng được cấp lại."
      }
    ],
    "legalBasis": [
      "105/2025/NĐ-CP",
      "14/2026/NĐ-CPN",
      "175/2024/NĐ-CP",
      "175/2024/NĐ-CPL",
      "62/2020/QH14",
      "62/2020/QH14Q",
      "140/2025/NĐ-CP",
      "144/2025/NĐ-CPL",
      "50/2014/QH13"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013236",
    "name": "Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.07.H56",
      "000.00.07.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- 02 bộ bản vẽ thiết kế xây  dựng trong hồ sơ  thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm:  +  Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn đề  nghị  cấp giấy phép  xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Ngoài các thành phần hồ  sơ nêu trên, chủ đầu tư  cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định s",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "(1.2) Đối với công trình theo tuyến:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm:  +  Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn đề nghị cấp giấy phép xây dựng  theo Mẫu số 1 Phụ lục số II  Nghị  định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- 02 bộ bản vẽ thiết kế xây dựng trong hồ sơ  thiết kế xây  dựng  triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần  cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000232",
        "name": "Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng. .."
      }
    ],
    "legalBasis": [
      "14/2026/NĐ-CP",
      "105/2025/NĐ-CP",
      "144/2025/NĐ-CPL",
      "62/2020/QH14"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013238",
    "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.07.H56",
      "000.00.07.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/20",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm:  +  Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- 02 bộ  bản  vẽ thiết  kế xây  dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể ho",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn đề  nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "(1.3) Đối với công trình tôn giáo:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xâ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "-  Đơn đề nghị cấp giấy  phép  sửa chữa, cải  tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000234",
        "name": "Giấy phép sửa chữa, cải tạo công trình xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng. .."
      }
    ],
    "legalBasis": [
      "175/2024/NĐ-CP",
      "14/2026/NĐ-CP",
      "144/2025/NĐ-CPL",
      "62/2020/QH14",
      "105/2025/NĐ-CPL",
      "50/2014/QH13"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012753",
    "name": "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "working_day"
      },
      "online": {
        "duration": 17,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đăng ký đất đai, tài sản gắn liền với đất",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục đăng ký đất đai, tài sản gắn liền với đất thông qua người đại diện.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Sơ đồ hoặc bản trích lục bản đồ địa chính hoặc mảnh trích đo bản đồ địa chính thửa đất (nếu có).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận đối với trường hợp có nhiều người chung quyền sử dụng đất, chung quyền sở hữu tài sản gắn liền với đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định vị trí đóng quân hoặc văn bản giao cơ sở nhà đất hoặc địa điểm công trình quốc phòng, an ninh được cấp có thẩm quyền phê duyệt cho đơn vị quân đội, đơn vị công an, đơn vị sự nghiệp công lập thuộc Quân đội nhân dân, Công an nhân dân; doanh nghiệp nhà nước do Bộ Quốc phòng, Bộ Công an được ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo kết quả rà soát hiện trạng sử dụng đất theo Mẫu số 15d ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Chứng từ thực hiện nghĩa vụ tài chính, giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính về đất đai, tài sản gắn liền với đất (nếu có).",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000935",
        "name": "Quyết định hình thức sử dụng đất."
      },
      {
        "code": "KQ.G10.001148",
        "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất."
      }
    ],
    "legalBasis": [
      "101/2024/NĐ-CPN",
      "101/2024/NĐ-CPT",
      "118/2025/NĐ-CQ",
      "151/2025/NĐ-CPL",
      "43/2024/QH15",
      "02443/2024/QH15S",
      "226/2025/NĐ-CPL",
      "31/2024/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012812",
    "name": "Hòa giải tranh chấp đất đai",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 40,
        "unit": "calendar_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "- Các giấy tờ có liên quan đến việc sử dụng đất (bản phô tô hoặc có công chức hoặc có chứng thực).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn yêu cầu yêu cầu hòa giải tranh chấp đất đai (bản chính);",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001159",
        "name": "Biên bản hòa giải có chữ ký của Chủ tịch Hội đồng hòa giải, các bên tranh chấp có mặt tại buổi hòa giải, các thành viên tham gia hòa giải (có đóng dấu UBND cấp xã)"
      },
      {
        "code": "KQ.G13.000291",
        "name": "- Biên bản hòa giải được gửi cho các bên tranh chấp và lưu tại UBND cấp xã."
      }
    ],
    "legalBasis": [
      "102/2024/NĐ-CP",
      "102/2024/NĐ-CPT",
      "118/2025/NĐ-CL",
      "43/2024/QH15",
      "02443/2024/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013967",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 60,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 45,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ, hồ sơ địa chính, dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có) và các tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp;",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Biên bản hòa giải tại Ủy ban nhân dân cấp xã; biên bản làm việc với các bên tranh chấp và người có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản cuộc họp các ban, ngành có liên quan để tư vấn giải quyết tranh chấp đất đai đối với trường hợp hòa giải không thành; biên bản hòa giải ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000916",
        "name": "Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      "43/2024/QH15",
      "02443/2024/QH15L",
      "31/2024/QH15118",
      "118/2020/NĐ-CPN",
      "151/2024/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012756",
    "name": "Đăng ký đất đai lần đầu đối với trường hợp được Nhà nước giao đất để quản lý.",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 17,
        "unit": "working_day"
      },
      "online": {
        "duration": 17,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Báo cáo kết quả rà soát hiện trạng sử dụng đất theo Mẫu số 15đ ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đơn đăng ký đất đai, tài sản gắn liền với đất",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000846",
        "name": "Lập, cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai."
      }
    ],
    "legalBasis": [
      "31/2024/QH15T",
      "118/2025/NĐ-CQ",
      "151/2025/NĐ-CPL",
      "43/2024/QH15",
      "02443/2024/QH15L",
      "58/2024/QH15",
      "101/2024/NĐ-CPN",
      "101/2024/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012805",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân cấp tỉnh",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 60,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 50,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ, hồ sơ địa chính, dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có) và các tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp;",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Biên bản hòa giải tại Ủy ban nhân dân cấp xã; biên bản làm việc với các bên tranh chấp và người có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản cuộc họp các ban, ngành có liên quan để tư vấn giải quyết tranh chấp đất đai đối với trường hợp hòa giải không thành (nếu có); biên bản ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn yêu cầu yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001144",
        "name": "Quyết định công nhận hòa giải thành hoặc Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      "43/2024/QH15",
      "02443/2024/QH15T",
      "118/2025/NĐ-CQ",
      "151/2025/NĐ-CPN",
      "102/2024/NĐ-CP",
      "102/2024/NĐ-CPL",
      "31/2024/QH15"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013831",
    "name": "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 18,
        "unit": "working_day"
      },
      "online": {
        "duration": 18,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản của bên nhận thế chấp về việc đồng ý cho bên thế chấp được chuyển nhượng, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp chuyển nhượng, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mà quyền sử dụng đất, quyền sở hữu tài sản gắn liền ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản gốc Giấy chứng nhận đã cấp.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Hợp đồng hoặc văn bản về việc chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp chuyển đổi, chuyển nhượng, thừa kế, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp có nhiều người nhận chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Hợp đồng hoặc văn bản về việc bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất theo quy định của pháp luật về dân sự đối với trường hợp đất thuê của Nhà nước theo hình thức thuê đất trả tiền hằng năm.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số",
            "originals": 100,
            "copies": 1
          },
          {
            "name": "Văn bản về việc cho thuê, cho thuê lại quyền sử dụng đất đối với trường hợp cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản của người sử dụng đất đồng ý cho chủ sở hữu tài sản gắn liền với đất được chuyển nhượng, tặng cho, góp vốn bằng tài sản gắn liền với đất đối với trường hợp chuyển nhượng, tặng cho, góp vốn bằng tài sản gắn liền với đất mà chủ sở hữu tài sản không có quyền sử dụng đất đối với thửa đất đó, trừ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục đăng ký đất đai, tài sản gắn liền với đất thông qua người đại diện;",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001147",
        "name": "Giấy chứng nhận quyền sử dụng đất; Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở; Giấy chứng nhận quyền sở hữu nhà ở; Giấy chứng nhận quyền sở hữu công trình xây dựng; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
      }
    ],
    "legalBasis": [
      "31/2024/QH15T",
      "118/2025/NĐ-CS",
      "226/2025/NĐ-CPQ",
      "151/2025/NĐ-CPN",
      "101/2024/NĐ-CPN",
      "101/2024/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013992",
    "name": "Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "(2) Giấy chứng nhận đã cấp.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(3) Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(4) Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục thông qua người đại diện",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(1) Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001147",
        "name": "Giấy chứng nhận quyền sử dụng đất; Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở; Giấy chứng nhận quyền sở hữu nhà ở; Giấy chứng nhận quyền sở hữu công trình xây dựng; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
      }
    ],
    "legalBasis": [
      "31/2024/QH15L",
      "58/2024/QH15",
      "151/2025/NĐ-CPT",
      "118/2025/NĐ-CN",
      "101/2024/NĐ-CPN",
      "101/2024/NĐ-CPS",
      "226/2025/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012751",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Bộ trưởng Bộ Nông nghiệp và Môi trường",
    "sectorCode": "dat-dai",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G10"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 80,
        "unit": "working_day"
      },
      "online": {
        "duration": 80,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Biên bản làm việc với các bên tranh chấp, với các tổ chức, cá nhân có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản hòa giải trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ hoặc bản sao hồ sơ địa chính hoặc bản sao dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có), bản sao hồ sơ, tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp đất đai tại địa phương",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "- Đơn yêu cầu yêu cầu giải quyết tranh chấp đất đai (bản chính);",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001144",
        "name": "Quyết định công nhận hòa giải thành hoặc Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      "151/2025/NĐ-CPT",
      "118/2025/NĐ-CL",
      "31/2024/QH15N",
      "102/2024/NĐ-CP"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001613",
    "name": "Giải quyết hưởng bảo hiểm xã hội một lần",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": []
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000053",
        "name": "Tiền trợ cấp"
      },
      {
        "code": "KQ.G24.000012",
        "name": "Bản quá trình đóng BHXH"
      },
      {
        "code": "KQ.G24.000030",
        "name": "Quyết định về việc hưởng BHXH một lần"
      }
    ],
    "legalBasis": [
      "166/2016/NĐ-CP-Q",
      "166/2016/NĐ-CPLU",
      "58/2014/QH13BAN",
      "56/2017/TT-BYT56",
      "115/2015/NĐ-CP115",
      "143/2018/NĐ-CP143",
      "01/2016/TT-BLĐTBXH01",
      "93/2015/QH13N",
      "134/2015/NĐ-CP134",
      "105/2016/TTLT-BQP-BCA-BLĐTBXH105",
      "136/2020/TT-BQP136"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000693",
    "name": "Giải quyết hưởng chế độ thai sản",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 6,
        "unit": "working_day"
      },
      "online": {
        "duration": 6,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": []
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000054",
        "name": "Thông báo Danh sách giải quyết hưởng chế độ thai sản đối người với NLĐ không còn quan hệ lao động và tham gia BHXH tự nguyện"
      },
      {
        "code": "KQ.G24.000005",
        "name": "Thông báo Danh sách giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe"
      },
      {
        "code": "KQ.G24.000053",
        "name": "Tiền trợ cấp"
      }
    ],
    "legalBasis": [
      "12/2025/TT-BNVTH",
      "25/2025/TT-BYTQ",
      "158/2025/NĐ-CP",
      "84/2015/QH13",
      "164/2025/NĐ-CP",
      "41/2024/QH15S"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001601",
    "name": "Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội, trợ cấp thất nghiệp",
    "sectorCode": "chi-tra-cac-che-do-bhxh",
    "levels": [
      "central",
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": []
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000042",
        "name": "Người được ủy quyền được nhận tiền chế độ thay cho người hưởng"
      }
    ],
    "legalBasis": [
      "58/2014/QH13"
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000605",
    "name": "Giải quyết hưởng lương hưu, trợ cấp hàng tháng đối với cán bộ xã",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 12,
        "unit": "working_day"
      },
      "online": {
        "duration": 12,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": []
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001173",
        "name": "Bản quá trình đóng BHXH (mẫu số 04-HSB)"
      },
      {
        "code": "KQ.G24.000028",
        "name": "Quyết định về việc hưởng chế độ hưu trí hàng tháng"
      },
      {
        "code": "KQ.G12.001170",
        "name": "Tiền lương hưu, trợ cấp BHXH"
      },
      {
        "code": "KQ.G12.001172",
        "name": "Quyết định về việc hưởng trợ cấp hàng tháng đối với cán bộ xã, phường, thị trấn"
      },
      {
        "code": "KQ.G24.000004",
        "name": "Thẻ BHYT"
      },
      {
        "code": "KQ.G24.000024",
        "name": "Thông báo về việc chi trả lương hưu, trợ cấp BHXH"
      }
    ],
    "legalBasis": [
      "26/2017/TT-BLĐTBXH26",
      "01/2016/TT-BLĐTBXH01",
      "56/2017/TT-BYT56",
      "115/2015/NĐ-CP115",
      "143/2018/NĐ-CP143",
      "134/2015/NĐ-CP134",
      "45/2019/QH14N",
      "166/2016/NĐ-CP-Q",
      "166/2016/NĐ-CPLU",
      "58/2014/QH13T",
      "136/2020/TT-BQP136"
    ],
    "workflowTemplateRef": null
  }
];
